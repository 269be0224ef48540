import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** Whether the signed-in user may update this document, by the collection's own update access. */
export const mayEditDocument = async (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): Promise<boolean> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config || id === undefined || id === null) return false
  const result = await config.access.update({ req, id: id as string, data: {} })
  if (result === true) return true
  if (!result) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result as Where] },
    req,
  })
  return totalDocs > 0
}
