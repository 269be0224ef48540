import { requireStaff } from '../../access/allowed'
import { defineAction } from '../../actions/defineAction'
import { restEndpoint } from '../../actions/restEndpoint'
import { documentIdParam } from '../../openapi/components'
import { reviewableCollectionSchema } from '../apiSchemas'
import { camelCase } from '../endpoints/workflowAction'
import { type ReviewableCollection } from '../states'
import { completenessCheck } from './load'
import { completenessSchema } from './schema'

/** GET /api/{collection}/{id}/workflow/completeness: what is still empty or weak (staff). */
export const workflowCompletenessRoute = defineAction({
  name: 'workflow-completeness',
  method: 'get',
  path: '/:id/workflow/completeness',
  collections: reviewableCollectionSchema,
  summary: 'What the latest version still lacks before review: blockers and warnings',
  description:
    'Blockers are what the API refuses on this version anyway (a required field on saving; a blocking finding of the pre-review checks at the submission; a disclaimer, a citation or the reading grade at the sign-off or the publication); warnings are refused nowhere (an advisory finding of the pre-review checks is one).',
  tags: ['Workflow'],
  operationId: (collection) => camelCase(`${collection}-get-completeness`),
  params: documentIdParam,
  result: completenessSchema,
  resultDescription: 'The completeness check.',
  noStore: true,
  errors: [401, 403, 404],
  transaction: 'none',
  handler: async ({ req, params }) => {
    requireStaff(req, {
      loginMessage: 'Log in to check a draft.',
      refusal: 'Only CMS staff check drafts.',
    })
    return completenessCheck(req, params.collection as ReviewableCollection, params.id)
  },
})

export const workflowCompletenessEndpoint = restEndpoint(workflowCompletenessRoute)
