import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When a comment was written and changed is the server's word: whether it came before a
 * signature decides if it is part of the review record. Payload stores a `createdAt` or
 * `updatedAt` a client sends on create (the database adapters fill them only when missing), so
 * both are stamped here on every path, the Local API included.
 */
export const stampRecordTimes: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const now = new Date().toISOString()
  return {
    ...data,
    createdAt: operation === 'create' ? now : originalDoc?.createdAt,
    updatedAt: now,
  }
}
