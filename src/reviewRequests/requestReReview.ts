import type { PayloadRequest } from 'payload'

import { invalidateDeliveryCache } from '../hooks/invalidateDeliveryCache'
import { describeIn } from '../shared/describe'
import { queueWebhookDeliveries } from '../webhooks/events'
import { recordAudit } from '../workflow/audit'
import { CARRIES_DISCLAIMER, type ReviewableCollection } from '../workflow/states'

/** Content about a drug: what a drug-wide re-review covers. */
export const ABOUT_A_DRUG: readonly ReviewableCollection[] = CARRIES_DISCLAIMER

export type FlaggedDocument = { collection: ReviewableCollection; id: string; title: string }

/**
 * Marks every published article, FAQ and comparison row about a drug for re-review now: due now,
 * with the reason, audited, and announced with a signed `review.required` webhook event. The
 * live version is marked in place (no new version, no publication: its content is unchanged).
 * Called by the review-requests collection and by automated triggers (label changes, retractions).
 */
export const requestReReview = async (
  req: PayloadRequest,
  { drugId, reason }: { drugId: string; reason: string },
): Promise<FlaggedDocument[]> => {
  const now = new Date().toISOString()
  const flagged: FlaggedDocument[] = []
  for (const collection of ABOUT_A_DRUG) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ drugs: { in: [drugId] } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
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
      })
      await queueWebhookDeliveries(req, {
        event: 'review.required',
        collection,
        id,
        slug: 'slug' in doc && typeof doc.slug === 'string' ? doc.slug : undefined,
        title,
        occurredAt: now,
      })
      flagged.push({ collection, id, title })
    }
  }
  if (flagged.length) invalidateDeliveryCache(req)
  return flagged
}
