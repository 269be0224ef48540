import { z } from 'zod'

import { requireStaff } from '../access/allowed'
import { defineAction } from '../actions/defineAction'
import { documentIdParam } from '../openapi/components'
import { reviewableCollectionSchema } from '../workflow/apiSchemas'
import { requireReadableLatest } from '../workflow/documents'
import { camelCase } from '../workflow/endpoints/workflowAction'
import { type ReviewableCollection } from '../workflow/states'
import { mentionablePeople } from './mentions'

export const mentionableSchema = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      handle: z.string().meta({ description: 'What to write after "@" to mention them.' }),
    }),
  ),
})

/**
 * GET /api/{collection}/{id}/workflow/mentionable: the staff a comment on this document may
 * mention, as the comment box suggests them (staff only).
 */
export const mentionableRoute = defineAction({
  name: 'workflow-mentionable',
  method: 'get',
  path: '/:id/workflow/mentionable',
  collections: reviewableCollectionSchema,
  summary: 'Whom a review comment on this document may mention',
  description:
    'Staff who may read the document. A comment mentions them with "@" and their name (or email); the mentioned are notified.',
  tags: ['Reviewer loop'],
  operationId: (collection) => camelCase(`${collection}-get-mentionable`),
  params: documentIdParam,
  result: mentionableSchema,
  resultDescription: 'The people, by name.',
  noStore: true,
  errors: [401, 403, 404],
  transaction: 'none',
  handler: async ({ req, params }) => {
    requireStaff(req, {
      loginMessage: 'Log in to comment.',
      refusal: 'Only CMS staff comment on drafts.',
    })
    const collection = params.collection as ReviewableCollection
    await requireReadableLatest(req, collection, params.id)
    const people = await mentionablePeople(req, collection, params.id)
    return {
      people: people.map(({ id, name }) => ({ id, name, handle: name })),
    }
  },
})
