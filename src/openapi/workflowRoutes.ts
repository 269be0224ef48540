import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { registerActionPaths } from '../actions/openApiPath'
import { WORKFLOW_DECLARATIONS } from '../workflow/endpoints/routes'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/** The workflow routes of each reviewable collection, from their declarations. */
export const registerWorkflowRoutes = (registry: OpenAPIRegistry): void =>
  registerActionPaths(registry, WORKFLOW_DECLARATIONS, REVIEWABLE_COLLECTIONS)
