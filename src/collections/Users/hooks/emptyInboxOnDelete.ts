import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted account's notifications go with it: they were for nobody else. */
export const emptyInboxOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    where: { recipient: { equals: id } },
    depth: 0,
    req,
  })
}
