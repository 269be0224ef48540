import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { Forbidden } from 'payload'

/** Records that are evidence (signatures, audit entries) are written once and never changed. */
export const refuseUpdates: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update') throw new Forbidden(req.t)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new Forbidden(req.t)
}
