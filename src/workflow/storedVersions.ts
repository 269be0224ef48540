import type { PayloadRequest, Where } from 'payload'

import type { ReviewableCollection } from './states'

export type StoredVersion = { id: string; version: Record<string, unknown>; updatedAt: string }

const findStoredVersion = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  where: Where,
): Promise<StoredVersion | undefined> => {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const found = docs[0] as unknown as StoredVersion | undefined
  return found ? { ...found, id: String(found.id) } : undefined
}

/** One version of a document, as stored (no read hooks), if it belongs to that document. */
export const storedVersion = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
  versionId: string,
): Promise<StoredVersion | undefined> =>
  findStoredVersion(req, collection, {
    and: [{ id: { equals: versionId } }, { parent: { equals: documentId } }],
  })

/** The version Payload reads as the document's latest, as stored. */
export const latestStoredVersion = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<StoredVersion | undefined> =>
  findStoredVersion(req, collection, {
    and: [{ parent: { equals: documentId } }, { latest: { equals: true } }],
  })
