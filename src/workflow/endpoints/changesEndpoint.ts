import { requireStaff } from '../../access/allowed'
import { defineAction } from '../../actions/defineAction'
import { restEndpoint } from '../../actions/restEndpoint'
import { documentIdParam } from '../../openapi/components'
import { changesSinceSignOffSchema, reviewableCollectionSchema } from '../apiSchemas'
import { changesSinceLastSignOff } from '../changes/changesSince'
import { type ReviewableCollection } from '../states'
import { camelCase } from './workflowAction'

/** GET /api/{collection}/{id}/workflow/changes: what changed since the last sign-off (staff). */
export const workflowChangesRoute = defineAction({
  name: 'workflow-changes',
  method: 'get',
  path: '/:id/workflow/changes',
  collections: reviewableCollectionSchema,
  summary: 'What changed since the last sign-off, field by field',
  tags: ['Workflow'],
  operationId: (collection) => camelCase(`${collection}-get-changes-since-sign-off`),
  params: documentIdParam,
  result: changesSinceSignOffSchema,
  resultDescription: 'The changes.',
  noStore: true,
  errors: [401, 403, 404],
  transaction: 'none',
  handler: async ({ req, params }) => {
    requireStaff(req, {
      loginMessage: 'Log in to see what changed.',
      refusal: 'Only CMS staff see unpublished changes.',
    })
    return changesSinceLastSignOff(req, params.collection as ReviewableCollection, params.id)
  },
})

export const workflowChangesEndpoint = restEndpoint(workflowChangesRoute)
