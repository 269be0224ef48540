import type { AnyActionDeclaration } from './defineAction'

import { THREAD_ROUTES } from '../collections/ReviewComments/endpoints/threadStatus'
import { RELEASE_ROUTES } from '../releases/endpoints'
import { WORKFLOW_DECLARATIONS } from '../workflow/endpoints/routes'

/** Every declared action: the workflow's, the releases' and the review threads'. */
export const ACTION_DECLARATIONS: readonly AnyActionDeclaration[] = [
  ...WORKFLOW_DECLARATIONS,
  ...RELEASE_ROUTES,
  ...THREAD_ROUTES,
]
