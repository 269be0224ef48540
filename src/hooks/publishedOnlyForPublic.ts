import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../access/roles'

/**
 * Downstream readers get the live version only: `?draft=true` (or GraphQL `draft: true`) from
 * anyone but staff is ignored, so a newer draft of a published document never shows. Trusted
 * server code (the Local API with access control off) reads what it asks for.
 */
export const publishedOnlyForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && !args.overrideAccess && !isStaffUser(req.user)) {
    return { ...args, draft: false }
  }
  return args
}
