import type { AnyActionDeclaration } from './defineAction'

import { THREAD_ROUTES } from '../collections/ReviewComments/endpoints/threadStatus'
import { RELEASE_ROUTES } from '../releases/endpoints'
import { FEATURE_WORKFLOW_ROUTES } from '../features'
import { WORKFLOW_DECLARATIONS } from '../workflow/endpoints/routes'

/** Every route on a reviewable collection: the core's, then the features' (src/features.ts). */
export const REVIEWABLE_DECLARATIONS: readonly AnyActionDeclaration[] = [
  ...WORKFLOW_DECLARATIONS,
  ...FEATURE_WORKFLOW_ROUTES,
]

/** Every declared action: the reviewable collections', the releases' and the review threads'. */
export const ACTION_DECLARATIONS: readonly AnyActionDeclaration[] = [
  ...REVIEWABLE_DECLARATIONS,
  ...RELEASE_ROUTES,
  ...THREAD_ROUTES,
]
