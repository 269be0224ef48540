import type { PayloadRequest, Where } from 'payload'

import type { ReviewableCollection } from './states'

import { contentHash } from './contentHash'
import { type ReviewableDoc } from './documents'
import { relationId, relationIds } from '../shared/relations'

type VersionRecord = { createdBy?: unknown; updatedBy?: unknown; contributors?: unknown[] | null }

/** The creator and recorded contributors, as the document says now: whom it belongs to for editing. */
export const ownersOf = (doc: Partial<ReviewableDoc>): string[] =>
  relationIds([doc.createdBy, ...(doc.contributors ?? [])])

export const isOwner = (doc: Partial<ReviewableDoc>, userId: unknown): boolean =>
  ownersOf(doc).includes(String(userId))

/** The same rule as a query: documents the user created or is a recorded contributor of. */
export const ownedBy = (userId: unknown): Where => ({
  or: [{ createdBy: { equals: userId } }, { contributors: { in: [userId] } }],
})

/**
 * Everyone who wrote any of the content, from the version history, which no client can rewrite:
 * each version's creator and contributors, and whoever saved a version whose content differs from
 * the one before. Fields on the latest version alone are not enough, since a write (a restore,
 * trusted server code) could reset them; the four-eyes rule asks this.
 */
export const authorsFromHistory = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string[]> => {
  const authors = new Set(ownersOf(doc))
  if (!doc.id) return [...authors]
  const fields = req.payload.collections[collection].config.flattenedFields
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: doc.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    req,
  })
  let previousHash: string | undefined
  for (const { version } of docs as unknown as {
    version: VersionRecord & Record<string, unknown>
  }[]) {
    for (const id of relationIds([version.createdBy, ...(version.contributors ?? [])]))
      authors.add(id)
    const hash = contentHash(version, fields)
    const editor = relationId(version.updatedBy)
    if (hash !== previousHash && editor) authors.add(editor)
    previousHash = hash
  }
  return [...authors]
}
