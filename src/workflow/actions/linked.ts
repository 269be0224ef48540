import type { PayloadRequest } from 'payload'

import type { LinkedOutcome } from './types'

import { findLatest } from '../documents'
import { describeIn } from '../../shared/describe'
import { relationId } from '../../shared/relations'
import { UnmetRequirementsError } from '../../errors'
import {
  ARTICLE_LINKS,
  type ReviewableCollection,
  stateInWords,
  type WorkflowState,
} from '../states'

/**
 * Applies an action to every FAQ, comparison row and reference an article links to that is in
 * `readyState`; reports what was done and why the rest was not.
 */
export const actOnLinked = async ({
  req,
  articleId,
  readyState,
  doneState,
  act,
}: {
  req: PayloadRequest
  articleId: string
  readyState: WorkflowState
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
      if (state !== readyState) {
        outcomes.push({ ...outcome, state, done: false, reason: `not ${stateInWords(readyState)}` })
        continue
      }
      try {
        await act(link.collection, linkedId)
        outcomes.push({ ...outcome, state: doneState, done: true })
      } catch (error) {
        if (!(error instanceof UnmetRequirementsError)) throw error
        outcomes.push({ ...outcome, state, done: false, reason: error.message })
      }
    }
  }
  return outcomes
}
