import type { PayloadRequest, Where } from 'payload'

import { rematerializeShowing } from '../delivery/materialize'
import { describeIn } from '../shared/describe'
import { queueWebhookDeliveries } from '../webhooks/events'
import { recordAudit } from '../workflow/audit'
import { CARRIES_DISCLAIMER, type ReviewableCollection } from '../workflow/states'

/** Content about a drug: what a drug-wide re-review covers. */
export const ABOUT_A_DRUG: readonly ReviewableCollection[] = CARRIES_DISCLAIMER

export type FlaggedDocument = { collection: ReviewableCollection; id: string; title: string }

/**
 * Marks one published document for re-review now: due now, with the reason, audited, and
 * announced with a signed `review.required` webhook event. The live version is marked in place
 * (no new version, no publication: its content is unchanged).
 */
export const markForReReview = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: { id: number | string; slug?: unknown },
  reason: string,
  details?: Record<string, unknown>,
): Promise<FlaggedDocument> => {
  const now = new Date().toISOString()
  const id = String(doc.id)
  await req.payload.db.updateOne({
    collection,
    where: { id: { equals: id } },
    data: { nextReviewDue: now, reviewReason: reason },
    req,
  })
  const title = describeIn(req, collection, doc)
  await recordAudit(req, {
    action: 'review-requested',
    collectionSlug: collection,
    documentId: id,
    comment: reason,
    details,
  })
  await queueWebhookDeliveries(req, {
    event: 'review.required',
    collection,
    id,
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
    title,
    occurredAt: now,
  })
  await rematerializeShowing(req, collection, id)
  return { collection, id, title }
}

/** The live documents of a collection that match `where`, as stored (no read hooks). */
export const publishedWhere = async <C extends ReviewableCollection>(
  req: PayloadRequest,
  collection: C,
  where: Where,
) => {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** The published documents of a collection about a drug. */
export const publishedAbout = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  drugId: string,
) => publishedWhere(req, collection, { drugs: { in: [drugId] } })

/**
 * Marks every published article, FAQ and comparison row about a drug for re-review now.
 * Called by the review-requests collection.
 */
export const requestReReview = async (
  req: PayloadRequest,
  { drugId, reason }: { drugId: string; reason: string },
): Promise<FlaggedDocument[]> => {
  const flagged: FlaggedDocument[] = []
  for (const collection of ABOUT_A_DRUG) {
    for (const doc of await publishedAbout(req, collection, drugId)) {
      flagged.push(await markForReReview(req, collection, doc, reason))
    }
  }
  return flagged
}
