import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../shared/relations'
import { requestReReview } from '../../../reviewRequests/requestReReview'

/** Who asked, and when: the server's word, not the client's. */
export const stampRequester: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create'
    ? { ...data, requestedBy: req.user?.id ?? null, requestedAt: new Date().toISOString() }
    : data

/**
 * Once the request is stored (so after its fields were validated), marks the drug's published
 * documents and records which they were; the response lists them.
 */
export const flagDocumentsOnCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const affectedDocuments = await requestReReview(req, {
    drugId: String(relationId(doc.drug)),
    reason: String(doc.reason).trim(),
  })
  await req.payload.db.updateOne({
    collection: 'review-requests',
    where: { id: { equals: doc.id } },
    data: { affectedDocuments },
    req,
  })
  return { ...doc, affectedDocuments }
}
