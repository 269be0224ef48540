import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { deliveryCacheFor } from '../delivery/pageCache'

/** Empties this process's delivery cache now, and again when the request's transaction commits. */
export const invalidateDeliveryCache = (req: PayloadRequest): void => {
  const cache = deliveryCacheFor(req.payload)
  cache.invalidate()
  const { transactionID } = req
  if (transactionID !== undefined && !(transactionID instanceof Promise))
    cache.invalidateOnCommit(transactionID)
}

/** `req.context` flag: the writer empties the cache itself once it is done (a release). */
export const CACHE_EMPTIED_AT_END = 'cacheEmptiedAtEnd'

/** Any write to content a delivered page shows empties the delivery cache (writes are rare). */
export const invalidateDeliveryCacheOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  if (!req.context?.[CACHE_EMPTIED_AT_END]) invalidateDeliveryCache(req)
  return doc
}

export const invalidateDeliveryCacheOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateDeliveryCache(req)
  return doc
}
