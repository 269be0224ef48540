import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { ReviewableCollection } from './states'

import { relationId } from '../shared/relations'

/** The newest signature of a document: the one its publication rests on. */
export const latestSignature = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<Signature | undefined> => {
  const { docs } = await req.payload.find({
    pagination: false,
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

export const pinKey = (collection: string, id: unknown): string => `${collection}:${String(id)}`

export const signatureById = async (
  req: PayloadRequest,
  id: string,
): Promise<Signature | undefined> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'signatures',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
}

/**
 * The signature a publication of this version rests on. A latest version in the published state
 * is the live version or an editorial revision of it: it rests on the signature it went live
 * with, whatever was signed since (a revision that was then discarded). Any other publishable
 * version was just approved, by the newest signature.
 */
export const signatureForPublication = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: { id?: unknown; workflowState?: unknown; lastSignature?: unknown },
): Promise<Signature | undefined> => {
  const liveSignature = relationId(doc.lastSignature)
  if (doc.workflowState === 'published' && liveSignature) return signatureById(req, liveSignature)
  return doc.id ? latestSignature(req, collection, String(doc.id)) : undefined
}
