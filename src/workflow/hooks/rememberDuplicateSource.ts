import type { CollectionBeforeOperationHook } from 'payload'

import { clearContext, writeContext } from '../../shared/requestContext'

/**
 * Payload's create hooks do not say whether a create is a duplicate; the operation does
 * (`duplicateFromID`), so the workflow can give the copy its source's authors.
 */
export const rememberDuplicateSource: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create') return args
  const source = (args as { duplicateFromID?: number | string }).duplicateFromID
  if (source !== undefined && source !== null) writeContext(req, 'duplicateSource', source)
  else clearContext(req, 'duplicateSource')
  return args
}
