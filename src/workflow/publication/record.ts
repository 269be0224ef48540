import { type PublicationKind, type UpdateLogEntry } from '../publicationKind'
import type { BaseFacts, SignatureFacts } from './facts'

const DAY_MS = 24 * 3600 * 1000

/** The fields a publication writes on the document, besides `_status`. */
export type PublicationRecord = {
  workflowState: 'published'
  firstPublishedAt: string
  lastSignature: string
  lastReviewedAt: string | null | undefined
  nextReviewDue: string | null | undefined
  reviewReason: string | null
  withdrawalReason: null
  updateLog: UpdateLogEntry[]
}

/**
 * What a publication is, for the public update log; null for a re-save of the live version that
 * changes nothing a reader sees.
 */
export const kindOf = (base: BaseFacts, newSignature: boolean): PublicationKind | null => {
  if (!base.live) return base.firstPublishedAt ? 'clinical-review' : 'first-publication'
  if (newSignature) {
    return base.contentHash === base.live.contentHash ? 're-review-no-changes' : 'clinical-review'
  }
  return base.readerHash === base.live.readerHash ? null : 'editorial-update'
}

/**
 * The publication, computed from the facts: which sign-off it rests on, its place in the public
 * update log, and when the content is due for review. A publication on the live version's own
 * signature (an editorial update) keeps the review dates and any pending re-review request.
 */
export const publicationRecord = (
  base: BaseFacts,
  signature: SignatureFacts,
  {
    now,
    note,
    reviewIntervalDays,
  }: { now: string; note?: string | null; reviewIntervalDays: number },
): { kind: PublicationKind | null; record: PublicationRecord } => {
  const live = base.live
  const newSignature = !live || live.lastSignatureId !== signature.id
  const kind = kindOf(base, newSignature)
  const earlierLog = base.updateLog.map(({ date, kind: earlierKind, note: earlierNote }) => ({
    date,
    kind: earlierKind,
    note: earlierNote,
  }))
  const signedAt = new Date(signature.signedAt)
  return {
    kind,
    record: {
      workflowState: 'published',
      firstPublishedAt: base.firstPublishedAt ?? now,
      lastSignature: signature.id,
      lastReviewedAt: newSignature ? signedAt.toISOString() : live.lastReviewedAt,
      nextReviewDue: newSignature
        ? new Date(signedAt.getTime() + reviewIntervalDays * DAY_MS).toISOString()
        : live.nextReviewDue,
      reviewReason: newSignature ? null : (live.reviewReason ?? null),
      withdrawalReason: null,
      updateLog: kind ? [{ date: now, kind, note: note ?? null }, ...earlierLog] : earlierLog,
    },
  }
}
