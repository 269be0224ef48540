import type { PayloadRequest } from 'payload'

/** Whether the document was signed off after this moment: comments before that are its record. */
export const signedSince = async (
  req: PayloadRequest,
  collection: string,
  documentId: string,
  since: string,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'signatures',
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: documentId } },
        { signedAt: { greater_than_equal: since } },
      ],
    },
    req,
  })
  return totalDocs > 0
}
