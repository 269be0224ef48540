import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { deliveryCacheFor } from '../delivery/pageCache'

const invalidate = (req: PayloadRequest) => {
  const cache = deliveryCacheFor(req.payload)
  cache.invalidate()
  const { transactionID } = req
  if (transactionID !== undefined && !(transactionID instanceof Promise))
    cache.invalidateOnCommit(transactionID)
}

/** Any write to content a delivered page shows empties the delivery cache (writes are rare). */
export const invalidateDeliveryCacheOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidate(req)
  return doc
}

export const invalidateDeliveryCacheOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidate(req)
  return doc
}
