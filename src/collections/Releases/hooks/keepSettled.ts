import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'
import { readContext } from '../../../shared/requestContext'
import { SETTLED_RELEASE_STATES, type ReleaseState } from '../../../releases/states'

/** A published or cancelled release is a record: its title and time no longer change. */
export const keepReleaseSettledOnceDone: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || readContext(req, 'releaseWrite')) return data
  const state = originalDoc?.state as ReleaseState | undefined
  if (state && SETTLED_RELEASE_STATES.includes(state)) {
    throw new ConflictError(`This release is ${state}; it can no longer be changed.`)
  }
  return data
}

/** What was published together stays on record. */
export const refuseDeletingPublishedRelease: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const release = await req.payload.findByID({ collection: 'releases', id, depth: 0, req })
  if (release.state === 'published') {
    throw new ConflictError('A published release is kept as the record of what went live together.')
  }
}
