import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { linkedDocumentSchema } from './apiSchemas'

import { describeIn } from '../shared/describe'
import { relationIds } from '../shared/relations'
import { changesSinceLastSignOff } from './changes/changesSince'
import { type ReviewableDoc } from './documents'
import { ARTICLE_LINKS, type WorkflowState } from './states'

export type LinkedDocument = z.infer<typeof linkedDocumentSchema>

/** What a linked document that is not live needs before its article can be published. */
const NEXT_STEP: Record<WorkflowState, string | null> = {
  draft:
    'Needs to be submitted for review: submitting the article with its linked documents does it',
  changes_requested: 'Changes were requested: edit it and submit it again',
  in_review:
    'Needs a pharmacist’s sign-off: signing the article with its linked documents signs it too',
  approved: 'Signed off: publishing the article with its linked documents publishes it first',
  published: null,
  withdrawn: 'Withdrawn: edit it and submit it again, or remove it from the article',
}

/**
 * The FAQs, comparison rows and references an article links to, each with its latest version's
 * state, whether it is live, and (in review) what a sign-off would cover. Other collections link
 * nothing.
 */
export const linkedDocuments = async (
  req: PayloadRequest,
  collection: string,
  article: ReviewableDoc,
): Promise<LinkedDocument[]> => {
  if (collection !== 'articles') return []
  const documents: LinkedDocument[] = []
  for (const link of ARTICLE_LINKS) {
    const ids = relationIds(article[link.field])
    if (!ids.length) continue
    const where = { id: { in: ids } }
    const [latest, live] = await Promise.all([
      req.payload.find({
        collection: link.collection,
        where,
        draft: true,
        depth: 0,
        pagination: false,
        req,
      }),
      req.payload.find({
        collection: link.collection,
        where: { and: [where, { _status: { equals: 'published' } }] },
        depth: 0,
        pagination: false,
        select: {},
        req,
      }),
    ])
    const liveIds = new Set(live.docs.map((doc) => String(doc.id)))
    for (const id of ids) {
      const doc = latest.docs.find((candidate) => String(candidate.id) === id)
      // A deleted document: the publish checklist names it for removal.
      if (!doc) continue
      const state = (doc.workflowState ?? 'draft') as WorkflowState
      const changes =
        state === 'in_review' ? await changesSinceLastSignOff(req, link.collection, id) : null
      documents.push({
        collection: link.collection,
        id,
        title: describeIn(req, link.collection, doc),
        state,
        live: liveIds.has(id),
        clinicalChanges: changes
          ? changes.changes.filter((change) => change.clinical).length
          : null,
        signedBefore: Boolean(changes?.since),
        nextStep: liveIds.has(id) ? null : NEXT_STEP[state],
      })
    }
  }
  return documents
}
