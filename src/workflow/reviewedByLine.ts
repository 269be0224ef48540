/** Who signed and when, as the byline names them. */
export type BylineParts = { reviewerName: string; credentials: string; lastReviewedAt: string }

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** The byline downstream sites print, e.g. "Medically reviewed by Dr Ana Ruiz, PharmD on 3 March 2026". */
export const reviewedByLine = ({
  reviewerName,
  credentials,
  lastReviewedAt,
}: BylineParts): string =>
  `Medically reviewed by ${[reviewerName, credentials].filter(Boolean).join(', ')} on ${DATE_FORMAT.format(new Date(lastReviewedAt))}`
