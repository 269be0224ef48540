import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../shared/relations'

/**
 * Records who created a document and who last edited it, from the signed-in user. The creator
 * never changes after creation, whatever the path: a version restore drops fields clients may not
 * write, and trusted server code could send another value.
 */
export const stampAuthorship: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const userId = req.user?.id
  if (operation === 'create') {
    return userId ? { ...data, createdBy: userId, updatedBy: userId } : data
  }
  const creator = relationId(originalDoc?.createdBy)
  return {
    ...data,
    ...(creator ? { createdBy: creator } : {}),
    ...(userId ? { updatedBy: userId } : {}),
  }
}
