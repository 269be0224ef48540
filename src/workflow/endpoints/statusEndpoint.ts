import { requireStaff } from '../../access/allowed'
import { defineAction } from '../../actions/defineAction'
import { restEndpoint } from '../../actions/restEndpoint'
import { documentIdParam } from '../../openapi/components'
import { reviewableCollectionSchema, workflowStatusSchema } from '../apiSchemas'
import { type ReviewableCollection } from '../states'
import { workflowStatus } from '../status'
import { camelCase } from './workflowAction'

/** GET /api/{collection}/{id}/workflow: state, publish checklist, history and the caller's actions. */
export const workflowStatusRoute = defineAction({
  name: 'workflow-status',
  method: 'get',
  path: '/:id/workflow',
  collections: reviewableCollectionSchema,
  summary: 'State, publish checklist, history and the caller’s possible actions',
  tags: ['Workflow'],
  operationId: (collection) => camelCase(`${collection}-get-workflow-status`),
  params: documentIdParam,
  result: workflowStatusSchema,
  resultDescription: 'The workflow status.',
  noStore: true,
  errors: [401, 403, 404],
  transaction: 'none',
  handler: async ({ req, params }) => {
    const message = 'Only CMS staff see the workflow.'
    requireStaff(req, { loginMessage: message, refusal: message })
    return workflowStatus(req, params.collection as ReviewableCollection, params.id)
  },
})

export const workflowStatusEndpoint = restEndpoint(workflowStatusRoute)
