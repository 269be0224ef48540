import { z } from 'zod'

import { assignmentSchema, requireAssignable } from '../assignment'
import { emitWorkflowEvent } from '../events'
import { simpleTransition } from './simpleTransition'

/**
 * Submit for review, optionally to one pharmacist by a date. A resubmission after changes were
 * requested stays with the same assignee unless another is named; any other submission starts a
 * new review, so an earlier assignment does not carry over.
 */
export const submitBodySchema = assignmentSchema.extend({
  comment: z.string().trim().max(2000).optional(),
})

export const submit = simpleTransition('submit', submitBodySchema, 'Submitted for review.', {
  prepare: async ({ input, body, doc }) => {
    if (body.assignee) await requireAssignable(input.req, input.collection, doc, body.assignee)
    const keepAssignment = doc.workflowState === 'changes_requested' && !body.assignee
    return {
      ...(keepAssignment ? {} : { assignee: body.assignee ?? null }),
      ...(body.dueAt || !keepAssignment ? { dueAt: body.dueAt ?? null } : {}),
    }
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
