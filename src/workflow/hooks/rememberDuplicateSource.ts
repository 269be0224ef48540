import type { CollectionBeforeOperationHook } from 'payload'

export const DUPLICATE_SOURCE = 'duplicateSourceId'

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
  if (source !== undefined && source !== null) req.context[DUPLICATE_SOURCE] = source
  else delete req.context[DUPLICATE_SOURCE]
  return args
}
