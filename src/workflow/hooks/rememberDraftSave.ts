import type { CollectionBeforeOperationHook } from 'payload'

/** Only the operation knows whether a save is a draft save; the change hooks need to know too. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update') req.context.draftSave = Boolean(args.draft)
  return args
}
