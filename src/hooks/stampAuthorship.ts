import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Records who created a document and who last edited it, from the signed-in user. The creator
 * never changes after creation, whatever the path: a version restore drops fields clients may not
 * write, and trusted server code could send another value.
 */
export const stampAuthorship: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const userId = req.user?.id
  if (operation === 'create') {
    return userId ? { ...data, createdBy: userId, updatedBy: userId } : data
  }
  const creator = idOf(originalDoc?.createdBy)
  return {
    ...data,
    ...(creator !== undefined && creator !== null ? { createdBy: creator } : {}),
    ...(userId ? { updatedBy: userId } : {}),
  }
}
