import { type PayloadRequest, ValidationError } from 'payload'

import type { LinkedOutcome } from './types'

import { findLatest } from '../documents'
import { describeIn } from '../../shared/describe'
import { relationId } from '../../shared/relations'
import { ForbiddenError, UnmetRequirementsError } from '../../errors'
import {
  ARTICLE_LINKS,
  type ReviewableCollection,
  stateInWords,
  type WorkflowState,
} from '../states'

/**
 * Why an action on one linked document was refused, in words; undefined for an error that is no
 * refusal (it fails the whole action, and its transaction).
 */
const refusalReason = (error: unknown): string | undefined => {
  if (error instanceof UnmetRequirementsError || error instanceof ForbiddenError)
    return error.message
  if (error instanceof ValidationError)
    return error.data.errors.map((fieldError) => fieldError.message).join('; ')
  return undefined
}

/**
 * Applies an action to every FAQ, comparison row and reference an article links to that is in
 * one of `readyStates`; reports what was done and why the rest was not.
 */
export const actOnLinked = async ({
  req,
  articleId,
  readyStates,
  doneState,
  act,
}: {
  req: PayloadRequest
  articleId: string
  readyStates: readonly WorkflowState[]
  doneState: WorkflowState
  act: (collection: ReviewableCollection, id: string) => Promise<unknown>
}): Promise<LinkedOutcome[]> => {
  const article = await findLatest(req, 'articles', articleId)
  const outcomes: LinkedOutcome[] = []
  for (const link of ARTICLE_LINKS) {
    for (const linkedId of ((article[link.field] as unknown[]) ?? []).map(relationId)) {
      if (!linkedId) continue
      const linked = await findLatest(req, link.collection, linkedId)
      const outcome = {
        collection: link.collection,
        id: linkedId,
        title: describeIn(req, link.collection, linked),
      }
      const state = String(linked.workflowState)
      if (!(readyStates as readonly string[]).includes(state)) {
        const ready = readyStates.map(stateInWords).join(' or ')
        outcomes.push({ ...outcome, state, done: false, reason: `not ${ready}` })
        continue
      }
      try {
        await act(link.collection, linkedId)
        // Not always doneState: the first of two signatures keeps high-risk content in review.
        const after = String((await findLatest(req, link.collection, linkedId)).workflowState)
        outcomes.push({ ...outcome, state: after || doneState, done: true })
      } catch (error) {
        const reason = refusalReason(error)
        if (reason === undefined) throw error
        outcomes.push({ ...outcome, state, done: false, reason })
      }
    }
  }
  return outcomes
}
