import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'
import { describeUsers, liveDocumentsUsing } from '../liveUsers'
import { readLiveVersion } from '../../../shared/liveVersion'
import { readContext } from '../../../shared/requestContext'

/** Every live article, FAQ and comparison row prints its disclaimer: it stays live while they do. */
export const keepLiveWhileInUse: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || readContext(req, 'draftSave')) return data
  if ((data._status ?? originalDoc._status) === 'published') return data
  const live = await readLiveVersion(req, 'disclaimers', originalDoc.id)
  if (live?._status !== 'published') return data
  const users = await liveDocumentsUsing(req, originalDoc.id)
  if (!users.length) return data
  throw new ConflictError(
    `This disclaimer is printed on live content and cannot be unpublished: ${describeUsers(users)}. Attach another disclaimer to them first.`,
    { usedBy: users },
  )
}

export const refuseDeletingInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const users = await liveDocumentsUsing(req, id)
  if (!users.length) return
  throw new ConflictError(
    `This disclaimer is printed on live content and cannot be deleted: ${describeUsers(users)}. Attach another disclaimer to them first.`,
    { usedBy: users },
  )
}
