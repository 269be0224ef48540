import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { ReviewableCollection } from './states'

export type ReviewableDoc = Record<string, unknown> & {
  id: string
  _status?: 'draft' | 'published' | null
  workflowState?: string | null
  createdBy?: unknown
  contributors?: unknown[] | null
}

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

/** The latest version (draft or published), which is what a reviewer reviews. */
export const findLatest = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<ReviewableDoc> =>
  (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    req,
  })) as unknown as ReviewableDoc

export const latestVersionId = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<string | undefined> => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/** How people name a document: the field its collection shows as the title (`admin.useAsTitle`). */
export const describeDoc = (collection: Pick<CollectionConfig, 'admin'>, doc: object): string => {
  const fields = doc as Record<string, unknown>
  return String(fields[collection.admin?.useAsTitle ?? 'id'] ?? fields.id)
}

/** The same, for a collection known by its slug. */
export const describeIn = (req: PayloadRequest, collection: CollectionSlug, doc: object): string =>
  describeDoc(req.payload.collections[collection].config, doc)
