import { z } from 'zod'

import { withContext } from '../../shared/requestContext'
import { fieldRefusal } from '../../errors'
import { emitWorkflowEvent } from '../events'
import { fieldPathProblem } from '../fieldPath'
import { simpleTransition } from './simpleTransition'

export const requestChangesBodySchema = z.object({
  comment: z
    .string({ message: 'Say what needs to change' })
    .trim()
    .min(1, 'Say what needs to change')
    .max(5000, 'Keep the comment under 5000 characters'),
  field: z.string().trim().max(200).optional(),
})

/**
 * Sends the document back to its authors with a comment, which opens a review thread (on a field
 * when one is named): sign-off waits until it is resolved.
 */
export const requestChanges = simpleTransition(
  'request-changes',
  requestChangesBodySchema,
  'Changes requested.',
  {
    prepare: async ({ input, body }) => {
      const problem = body.field && fieldPathProblem(input.req, input.collection, body.field)
      if (problem) throw fieldRefusal(input.collection, 'field', problem)
    },
    announce: async ({ input, body, doc }) => {
      await withContext(input.req, 'commentAnnounced', true, () =>
        input.req.payload.create({
          collection: 'review-comments',
          data: {
            collectionSlug: input.collection,
            documentId: input.id,
            field: body.field || null,
            comment: body.comment,
          },
          req: input.req,
        }),
      )
      await emitWorkflowEvent(input.req, {
        name: 'changes-requested',
        collection: input.collection,
        doc,
        comment: body.comment,
        field: body.field,
      })
    },
  },
)
