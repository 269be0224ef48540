import { z } from 'zod'

import type { ActionInput, ActionResult } from './types'

import { assignmentSchema, requireAssignable } from '../assignment'
import { findLatest } from '../documents'
import { emitWorkflowEvent } from '../events'
import { LINKED_READY_STATES } from '../states'
import { refuseBlockingFindings, reviewSubmission } from '../submissionChecks'
import { relationId } from '../../shared/relations'
import { withContext } from '../../shared/requestContext'
import { actOnLinked } from './linked'
import { simpleTransition } from './simpleTransition'

/**
 * Submit for review, optionally to one pharmacist by a date. A resubmission after changes were
 * requested stays with the same assignee unless another is named; any other submission starts a
 * new review, so an earlier assignment does not carry over.
 */
export const submitBodySchema = assignmentSchema.extend({
  comment: z.string().trim().max(2000).optional(),
  includeLinked: z
    .boolean()
    .optional()
    .describe(
      'An article: also submit the FAQs, comparison rows and references it links to that are drafts or have changes requested, assigned as the article is',
    ),
})

const submitOne = simpleTransition('submit', submitBodySchema, 'Submitted for review.', {
  prepare: async ({ input, body, doc }) => {
    if (body.assignee) await requireAssignable(input.req, input.collection, doc, body.assignee)
    const keepAssignment = doc.workflowState === 'changes_requested' && !body.assignee
    return {
      ...(keepAssignment ? {} : { assignee: body.assignee ?? null }),
      ...(body.dueAt || !keepAssignment ? { dueAt: body.dueAt ?? null } : {}),
    }
  },
  // The exact version submitted: a blocking finding refuses it (400) before anything is written.
  check: async ({ input, doc }) => {
    const review = await reviewSubmission(input.req, { collection: input.collection, doc })
    refuseBlockingFindings(input.collection, input.id, review.findings)
    return review.store
  },
  announce: async ({ input, body, doc }) => {
    await emitWorkflowEvent(input.req, {
      name: 'submitted',
      collection: input.collection,
      doc,
      comment: body.comment,
    })
  },
})

/**
 * Submits the document; an article with `includeLinked` takes its linked documents along, each
 * under the same rules as alone (the policy's ownership, the assignee's four eyes), and assigned
 * to the article's reviewer so that one pharmacist can sign them together.
 */
export const submit = async (input: ActionInput): Promise<ActionResult> => {
  const result = await submitOne(input)
  // submitOne parsed the body already: what it accepted is valid here.
  const body = submitBodySchema.parse(input.body ?? {})
  if (!body.includeLinked || input.collection !== 'articles') return result
  const { req, id } = input
  const article = await findLatest(req, 'articles', id)
  const assignee = relationId(article.assignee)
  const dueAt = typeof article.dueAt === 'string' ? article.dueAt : undefined
  // One request to review reaches the pharmacist: the article's (the webhooks still tell each).
  const linked = await withContext(req, 'submittedWithArticle', true, () =>
    actOnLinked({
      req,
      articleId: id,
      readyStates: LINKED_READY_STATES.submit,
      doneState: 'in_review',
      act: (collection, linkedId) =>
        submitOne({
          req,
          collection,
          id: linkedId,
          body: {
            ...(assignee ? { assignee } : {}),
            // A due date already past when the article was submitted still binds its documents.
            ...(dueAt && new Date(dueAt).getTime() > Date.now() ? { dueAt } : {}),
            ...(body.comment ? { comment: body.comment } : {}),
          },
        }),
    }),
  )
  return { ...result, linked }
}
