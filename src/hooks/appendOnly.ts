import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { ForbiddenError } from '../errors'

import { isStaff, nobody } from '../access/roles'

const EVIDENCE_IS_FINAL =
  'Signatures and audit entries are evidence: nobody changes or deletes them.'

/** Records that are evidence (signatures, audit entries) are written once and never changed. */
export const refuseUpdates: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') throw new ForbiddenError(EVIDENCE_IS_FINAL)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = () => {
  throw new ForbiddenError(EVIDENCE_IS_FINAL)
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
