import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { registerActionPaths } from '../actions/openApiPath'
import { REVIEWABLE_DECLARATIONS } from '../actions/registry'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/** The workflow routes of each reviewable collection (the core's and the features'), declared. */
export const registerWorkflowRoutes = (registry: OpenAPIRegistry): void =>
  registerActionPaths(registry, REVIEWABLE_DECLARATIONS, REVIEWABLE_COLLECTIONS)
