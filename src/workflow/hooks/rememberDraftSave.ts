import type { CollectionBeforeOperationHook } from 'payload'
import { writeContext } from '../../shared/requestContext'

/** Only the operation knows whether a save is a draft save; the change hooks need to know too. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update') writeContext(req, 'draftSave', Boolean(args.draft))
  return args
}
