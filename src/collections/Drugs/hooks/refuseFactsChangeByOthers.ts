import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorOrAdmin } from '../../../access/roles'
import { factsAfterSave } from '../../../drugs/facts/changes'
import { factsOf, sameFacts } from '../../../drugs/facts/facts'
import { factsNotYours } from '../../../drugs/facts/refusals'

/**
 * Refused outright (403 naming `facts`) rather than silently dropped by the field access, so a
 * writer or pharmacist sees why: only editors and admins set a drug's facts. Runs before
 * Payload's access check, on the data as sent.
 */
export const refuseFactsChangeByOthers: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!req.user || isEditorOrAdmin(req.user)) return args
  const sent = (args.data as Record<string, unknown> | undefined)?.facts
  if (sent === undefined) return args
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id === undefined) throw factsNotYours()
  const stored =
    id !== undefined
      ? (await req.payload.findByID({ collection: 'drugs', id, depth: 0, req })).facts
      : undefined
  if (sameFacts(factsOf(stored), factsAfterSave(sent, stored))) return args
  throw factsNotYours()
}
