import type { AnyActionDeclaration } from './defineAction'

import { PRE_REVIEW_CHECK_ROUTES } from '../clinical/routes'
import { THREAD_ROUTES } from '../collections/ReviewComments/endpoints/threadStatus'
import { RELEASE_ROUTES } from '../releases/endpoints'
import { FEATURE_WORKFLOW_ROUTES } from '../features'
import { WORKFLOW_DECLARATIONS } from '../workflow/endpoints/routes'

/** Every route on a reviewable collection: the core's, then the features' (src/features.ts). */
export const REVIEWABLE_DECLARATIONS: readonly AnyActionDeclaration[] = [
  ...WORKFLOW_DECLARATIONS,
  ...FEATURE_WORKFLOW_ROUTES,
]

/**
 * Every declared action: the reviewable collections', the releases', the review threads' and the
 * pre-review checks' (accepting a finding).
 */
export const ACTION_DECLARATIONS: readonly AnyActionDeclaration[] = [
  ...REVIEWABLE_DECLARATIONS,
  ...RELEASE_ROUTES,
  ...THREAD_ROUTES,
  ...PRE_REVIEW_CHECK_ROUTES,
]
