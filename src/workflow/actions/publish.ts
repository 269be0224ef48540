import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit, recordRefusal } from '../audit'
import { describeDoc, findLatest, latestVersionId, relationId } from '../documents'
import { UnmetRequirementsError } from '../errors'
import { unmetPublishRequirements } from '../publishGate'
import { ARTICLE_LINKS, type ReviewableCollection } from '../states'
import { transitionFor } from '../transitions'
import {
  type ActionInput,
  type ActionResult,
  hashOf,
  type LinkedOutcome,
  requireRole,
  stateProblem,
} from './common'

const bodySchema = z.object({ includeLinked: z.boolean().optional() })

/** Publishes one approved document; the publish gate hook checks everything once more. */
const publishOne = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<void> => {
  const doc = await findLatest(req, collection, id)
  const problems = [
    stateProblem(doc, transitionFor('publish')),
    ...(await unmetPublishRequirements(req, collection, doc)),
  ].filter((problem): problem is string => Boolean(problem))
  if (problems.length) {
    await recordRefusal(req.payload, req.user ? String(req.user.id) : undefined, {
      action: 'publish-refused',
      collectionSlug: collection,
      documentId: id,
      contentHash: hashOf(req, collection, doc),
      details: { requirements: problems },
    })
    throw new UnmetRequirementsError(`Cannot publish "${describeDoc(doc)}"`, problems)
  }
  await req.payload.update({
    collection,
    id,
    data: { _status: 'published' },
    draft: false,
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: 'publish',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: hashOf(req, collection, doc),
  })
}

const publishLinked = async (req: PayloadRequest, articleId: string): Promise<LinkedOutcome[]> => {
  const article = await findLatest(req, 'articles', articleId)
  const outcomes: LinkedOutcome[] = []
  for (const link of ARTICLE_LINKS) {
    for (const linkedId of ((article[link.field] as unknown[]) ?? []).map(relationId)) {
      if (!linkedId) continue
      const linked = await findLatest(req, link.collection, linkedId)
      const outcome = { collection: link.collection, id: linkedId, title: describeDoc(linked) }
      if (linked.workflowState !== 'approved') {
        const state = String(linked.workflowState)
        outcomes.push({ ...outcome, state, done: false, reason: state === 'published' ? 'already published' : 'not approved' })
        continue
      }
      try {
        await publishOne(req, link.collection, linkedId)
        outcomes.push({ ...outcome, state: 'published', done: true })
      } catch (error) {
        if (!(error instanceof UnmetRequirementsError)) throw error
        outcomes.push({ ...outcome, state: 'approved', done: false, reason: error.message })
      }
    }
  }
  return outcomes
}

export const publish = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRole(req, transitionFor('publish'))
  const body = parseInput(bodySchema, input.body)
  const linked =
    body.includeLinked && collection === 'articles' ? await publishLinked(req, id) : undefined
  await publishOne(req, collection, id)
  return { collection, id, state: 'published', message: 'Published.', linked }
}
