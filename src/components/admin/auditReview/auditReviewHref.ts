/** The admin's audit-trail review of a period (/admin/audit-review?from=…&to=…). */
export const auditReviewHref = (
  adminRoute: string,
  period?: { from: string; to: string },
): string =>
  `${adminRoute}/audit-review${period ? `?${new URLSearchParams({ from: period.from, to: period.to })}` : ''}`
