import type { GraphQLExtension } from 'payload'

import { actionMutations } from '../actions/graphqlMutation'
import { requireDeclaredRoutes } from '../actions/coverage'
import { ACTION_DECLARATIONS } from '../actions/registry'

/**
 * The declared actions that name a GraphQL mutation (the workflow actions), calling the same
 * handlers as the REST endpoints. Building the schema (the app, `npm run generate:kit`) fails when
 * a workflow, release or thread route is mounted without a declaration.
 */
export const workflowMutations: GraphQLExtension = (graphQL, { config }) => {
  requireDeclaredRoutes(config.collections, ACTION_DECLARATIONS)
  return actionMutations(graphQL, ACTION_DECLARATIONS)
}
