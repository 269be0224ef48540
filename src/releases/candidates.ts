import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { Release } from '../payload-types'

import { describeIn } from '../shared/describe'
import { parseInput } from '../validation/parseInput'
import { pinKey } from '../workflow/signatures'
import { REVIEWABLE_COLLECTIONS, WORKFLOW_STATES } from '../workflow/states'
import { collectionLabel, type ItemIdentity, stateWords, workflowStateOf } from './itemWords'

/** At most this many documents per collection: a search to pick from, not a listing. */
const PER_COLLECTION = 8

export const candidateQuerySchema = z.object({
  q: z.string().trim().max(100).default(''),
  collection: z
    .enum(REVIEWABLE_COLLECTIONS, {
      message: `collection is one of ${REVIEWABLE_COLLECTIONS.join(', ')}`,
    })
    .optional(),
  state: z
    .enum(WORKFLOW_STATES, { message: `state is one of ${WORKFLOW_STATES.join(', ')}` })
    .optional(),
})

export type ReleaseCandidate = ItemIdentity & {
  inRelease: boolean
  /** Its latest version is live: there is nothing to release. */
  nothingNew: boolean
}

/** A collection whose matches did not all fit: how many there are, and how many are shown. */
export type MoreCandidates = Pick<ItemIdentity, 'collection' | 'collectionLabel'> & {
  shown: number
  total: number
}

const whereOf = (titleField: string, query: z.infer<typeof candidateQuerySchema>): Where => ({
  and: [
    ...(query.q ? [{ [titleField]: { like: query.q } }] : []),
    ...(query.state ? [{ workflowState: { equals: query.state } }] : []),
  ],
})

/**
 * GET /api/releases/{id}/candidates?q=&collection=&state=: documents whose title (an FAQ's
 * question, a row's feature) contains the words, latest version first, read with the caller's
 * own access (`overrideAccess: false`), each marked when it is in the release already; `more`
 * names the collections with matches beyond the first few.
 */
export const searchCandidates = async (
  req: PayloadRequest,
  release: Release,
  input: unknown,
): Promise<{ results: ReleaseCandidate[]; more: MoreCandidates[] }> => {
  const query = parseInput(candidateQuerySchema, input)
  const inRelease = new Set(
    (release.items ?? []).map((item) => pinKey(item.collectionSlug, item.documentId)),
  )
  const results: ReleaseCandidate[] = []
  const more: MoreCandidates[] = []
  for (const collection of query.collection ? [query.collection] : REVIEWABLE_COLLECTIONS) {
    const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const { docs, totalDocs } = await req.payload.find({
      collection,
      where: whereOf(titleField, query),
      select: { [titleField]: true, workflowState: true, _status: true } as never,
      draft: true,
      depth: 0,
      limit: PER_COLLECTION,
      sort: '-updatedAt',
      overrideAccess: false,
      req,
    })
    for (const doc of docs as {
      id: number | string
      workflowState?: unknown
      _status?: unknown
    }[]) {
      const state = workflowStateOf(doc.workflowState)
      results.push({
        collection,
        collectionLabel: collectionLabel(req, collection),
        id: String(doc.id),
        title: describeIn(req, collection, doc),
        workflowState: state,
        stateWords: stateWords(state),
        inRelease: inRelease.has(pinKey(collection, doc.id)),
        nothingNew: doc._status === 'published',
      })
    }
    if (totalDocs > docs.length) {
      const label = collectionLabel(req, collection)
      more.push({ collection, collectionLabel: label, shown: docs.length, total: totalDocs })
    }
  }
  return { results, more }
}
