import type { PayloadRequest } from 'payload'

/** How many comment threads on the document nobody has resolved yet. */
export const openThreadCount = async (
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: 'review-comments',
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: id } },
        { status: { equals: 'open' } },
      ],
    },
    req,
  })
  return totalDocs
}
