export const PUBLICATION_KINDS = [
  'first-publication',
  'clinical-review',
  're-review-no-changes',
  'editorial-update',
] as const
export type PublicationKind = (typeof PUBLICATION_KINDS)[number]

/** How the audit log describes each kind of publication. */
export const PUBLICATION_KIND_WORDS: Record<PublicationKind, string> = {
  'first-publication': 'First publication.',
  'clinical-review': 'Published a clinically reviewed change.',
  're-review-no-changes': 'Re-reviewed with no changes; the review dates moved forward.',
  'editorial-update': 'Editorial update (no clinical change); published on the existing sign-off.',
}

/** What each kind means is decided by the publication record (publication/record.ts `kindOf`). */
export type UpdateLogEntry = { date: string; kind: PublicationKind; note?: string | null }

/** The date a reader is told the page last changed: re-reviews without changes do not count. */
export const dateModifiedFrom = (log: readonly UpdateLogEntry[]): string | null =>
  log.find((entry) => entry.kind !== 're-review-no-changes')?.date ?? null
