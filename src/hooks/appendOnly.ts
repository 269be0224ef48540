import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { Forbidden } from 'payload'

import { isStaff, nobody } from '../access/roles'

/** Records that are evidence (signatures, audit entries) are written once and never changed. */
export const refuseUpdates: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update') throw new Forbidden(req.t)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new Forbidden(req.t)
}

/**
 * Access and hooks of an evidence collection: staff read it; only server code appends to it (the
 * Local API with access control off); nothing, not even that code, changes or deletes an entry.
 */
export const appendOnlyEvidence = {
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [refuseUpdates],
    beforeDelete: [refuseDeletes],
  },
}
