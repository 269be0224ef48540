import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit } from '../audit'
import { withContext } from '../../shared/requestContext'
import { latestVersionId } from '../documents'
import { describeIn } from '../../shared/describe'
import { UnmetRequirementsError } from '../../errors'
import { type ReviewableCollection } from '../states'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult, type LinkedOutcome } from './types'
import { type LiveDependent, liveArticlesShowing } from '../liveDependents'
import { contentHashIn } from '../contentHash'
import { requireRole } from './guards'
import { writeWorkflowFields } from './writeWorkflowFields'

export const withdrawalReasonSchema = z
  .string({ message: 'Give the reason for withdrawing' })
  .trim()
  .min(1, 'Give the reason for withdrawing')
  .max(2000, 'Keep the reason under 2000 characters')

export const withdrawBodySchema = z.object({
  reason: withdrawalReasonSchema,
  withDependents: z.boolean({ message: 'withDependents is true or false' }).optional().meta({
    description:
      'Also withdraw every live article that shows this FAQ, comparison row or reference (listed in `linked`). Without it, a document live articles show is refused with 409 naming them.',
  }),
})

const readLive = async (req: PayloadRequest, collection: ReviewableCollection, id: string) => {
  const live = await req.payload.findByID({ collection, id, depth: 0, draft: false, req })
  if (live._status !== 'published') {
    throw new UnmetRequirementsError('Cannot withdraw', [
      `"${describeIn(req, collection, live)}" is not published, so there is nothing to withdraw`,
    ])
  }
  return live
}

/**
 * Takes the live version off the API (any newer draft is kept), recording why: the withdraw
 * action, and a scheduled withdrawal when its time comes.
 */
export const withdrawLive = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  reason: string,
  auditDetails?: Record<string, unknown>,
): Promise<void> => {
  const live = await readLive(req, collection, id)
  // Only this save may take the live version off, not a later one in the same request.
  await withContext(req, 'withdrawing', true, () =>
    writeWorkflowFields(
      { req, collection, id },
      { _status: 'draft', workflowState: transitionFor('withdraw').to, withdrawalReason: reason },
      { draft: false },
    ),
  )
  await recordAudit(req, {
    action: 'withdraw',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: contentHashIn(req, collection, { ...live }),
    comment: reason,
    ...(auditDetails ? { details: auditDetails } : {}),
  })
}

/**
 * `withDependents`: the live articles that show the document are withdrawn first, with the same
 * reason, each audited as withdrawn with it; then the document (whose keepLiveWhileShown hook
 * finds none left). All in the action's one transaction.
 */
const withdrawArticlesShowing = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  reason: string,
): Promise<LiveDependent[]> => {
  const articles = await liveArticlesShowing(req, collection, [id])
  for (const article of articles) {
    await withdrawLive(req, 'articles', article.id, reason, { withdrawnWith: { collection, id } })
  }
  return articles
}

const withdrawnWithIt = (articles: LiveDependent[]): LinkedOutcome[] =>
  articles.map((article) => ({ ...article, state: transitionFor('withdraw').to, done: true }))

export const withdraw = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  const transition = transitionFor('withdraw')
  requireRole(req, transition)
  const { reason, withDependents } = parseInput(withdrawBodySchema, input.body)
  if (!withDependents) {
    await withdrawLive(req, collection, id, reason)
    return { collection, id, state: transition.to, message: 'Withdrawn from publication.' }
  }
  await readLive(req, collection, id)
  const articles = await withdrawArticlesShowing(req, collection, id, reason)
  await withdrawLive(req, collection, id, reason, { withDependents: articles })
  return {
    collection,
    id,
    state: transition.to,
    message: articles.length
      ? `Withdrawn from publication, with the live articles that showed it: ${articles.map((article) => `"${article.title}"`).join(', ')}.`
      : 'Withdrawn from publication; no live article showed it.',
    linked: withdrawnWithIt(articles),
  }
}
