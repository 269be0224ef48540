import type { GraphQLExtension } from 'payload'

import { actionMutations } from '../actions/graphqlMutation'
import { AUDIT_REVIEW_ROUTES } from './routes'

/**
 * `auditReviewSign`, from its declaration. Kept out of ACTION_DECLARATIONS: that list's coverage
 * check owns every route of a collection it covers, and the audit log's CSV export is no action.
 */
export const auditReviewMutations: GraphQLExtension = (graphQL) =>
  actionMutations(graphQL, AUDIT_REVIEW_ROUTES)
