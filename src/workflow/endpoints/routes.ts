import { WORKFLOW_ROUTES } from './actionEndpoints'
import { workflowChangesRoute } from './changesEndpoint'
import { workflowStatusRoute } from './statusEndpoint'
import { workflowCompletenessRoute } from '../completeness/endpoint'

/** Every route on a reviewable collection, in the OpenAPI document's order. */
export const WORKFLOW_DECLARATIONS = [
  workflowStatusRoute,
  workflowChangesRoute,
  workflowCompletenessRoute,
  ...WORKFLOW_ROUTES,
]
