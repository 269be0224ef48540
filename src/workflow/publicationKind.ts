import type { FlattenedField } from 'payload'

import { contentHash, readerContentHash } from './contentHash'

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

export type UpdateLogEntry = { date: string; kind: PublicationKind; note?: string | null }

type Publication = {
  /** The document as it will be published. */
  next: Record<string, unknown>
  /** What is live now (the main document when published), or null. */
  live: Record<string, unknown> | null
  /** Whether the document was ever published before (a withdrawn one was). */
  publishedBefore: boolean
  /** Whether this publication rests on a newer signature than the live version's. */
  newSignature: boolean
  fields: FlattenedField[]
}

/**
 * What a publication is, for the public update log; null for a re-save of the live version that
 * changes nothing a reader sees.
 */
export const publicationKind = ({
  next,
  live,
  publishedBefore,
  newSignature,
  fields,
}: Publication): PublicationKind | null => {
  if (!live) return publishedBefore ? 'clinical-review' : 'first-publication'
  if (newSignature) {
    return contentHash(next, fields) === contentHash(live, fields)
      ? 're-review-no-changes'
      : 'clinical-review'
  }
  return readerContentHash(next, fields) === readerContentHash(live, fields)
    ? null
    : 'editorial-update'
}

/** The date a reader is told the page last changed: re-reviews without changes do not count. */
export const dateModifiedFrom = (log: readonly UpdateLogEntry[]): string | null =>
  log.find((entry) => entry.kind !== 're-review-no-changes')?.date ?? null
