import type { CollectionBeforeChangeHook } from 'payload'

/** When a notification was read is the server's stamp: set on marking it read, cleared on unread. */
export const stampReadAt: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update') return data
  const wasRead = Boolean(originalDoc?.read)
  if (data.read === true && !wasRead) data.readAt = new Date().toISOString()
  if (data.read === false) data.readAt = null
  return data
}
