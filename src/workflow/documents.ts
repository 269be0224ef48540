import type { CollectionSlug, PayloadRequest } from 'payload'

export type ReviewableDoc = Record<string, unknown> & {
  id: string
  _status?: 'draft' | 'published' | null
  workflowState?: string | null
  createdBy?: unknown
  contributors?: unknown[] | null
}

/** The latest version (draft or published), which is what a reviewer reviews. */
export const findLatest = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<ReviewableDoc> => {
  const doc = await req.payload.findByID({ collection, id, depth: 0, draft: true, req })
  return { ...doc, id: String(doc.id) }
}

export const latestVersionId = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<string | undefined> => {
  const { docs } = await req.payload.findVersions({
    pagination: false,
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/**
 * Reads the latest version with the signed-in user's access, so an answer built from it (the
 * panel's status, the completeness check) tells nobody about a document they cannot read: 404/403.
 */
export const requireReadableLatest = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<void> => {
  await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
}
