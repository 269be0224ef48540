import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { ReviewableCollection } from './states'

/** The newest signature of a document: the one its publication rests on. */
export const latestSignature = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<Signature | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: {
      and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: documentId } }],
    },
    sort: '-signedAt',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
}
