import { WORKFLOW_ROUTES } from './actionEndpoints'
import { workflowChangesRoute } from './changesEndpoint'
import { workflowStatusRoute } from './statusEndpoint'

/** Every route on a reviewable collection, in the OpenAPI document's order. */
export const WORKFLOW_DECLARATIONS = [workflowStatusRoute, workflowChangesRoute, ...WORKFLOW_ROUTES]
