import type { CollectionBeforeChangeHook } from 'payload'

/** Records who created a document and who last edited it, from the signed-in user. */
export const stampAuthorship: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (!req.user) return data
  return {
    ...data,
    ...(operation === 'create' ? { createdBy: req.user.id } : {}),
    updatedBy: req.user.id,
  }
}
