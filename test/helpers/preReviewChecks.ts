import type { Payload } from 'payload'

import type { ReviewableCollection } from '../../src/workflow/states'

import { contentHash } from '../../src/workflow/contentHash'

/** Every stored run of the pre-review checks of a document, oldest first. */
export const checkRunsOf = async (payload: Payload, collection: ReviewableCollection, id: string) =>
  (
    await payload.find({
      collection: 'pre-review-checks',
      where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
      sort: 'ranAt',
      depth: 0,
      pagination: false,
    })
  ).docs

/** The id of the latest stored version and how many versions there are. */
export const versionsOf = async (
  payload: Payload,
  collection: ReviewableCollection,
  id: string,
) => {
  const { docs, totalDocs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    depth: 0,
    limit: 1,
  })
  return { latest: docs[0] ? String(docs[0].id) : undefined, count: totalDocs }
}

/** The content hash signatures carry, of the document's latest version. */
export const latestContentHash = async (
  payload: Payload,
  collection: ReviewableCollection,
  id: string,
) => {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0 })
  return contentHash(
    doc as unknown as Record<string, unknown>,
    payload.collections[collection].config.flattenedFields,
  )
}

export const auditActions = async (payload: Payload, id: string, action: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: action } }] },
      sort: 'at',
      depth: 0,
      pagination: false,
    })
  ).docs
