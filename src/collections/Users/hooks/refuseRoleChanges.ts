import type { CollectionBeforeOperationHook } from 'payload'

import { Forbidden } from 'payload'

import { userHasRole } from '../../../access/roles'

/**
 * Roles change only by another admin. Refused outright (403) rather than silently ignored, so an
 * escalation attempt is visible: a writer sending `role`, or an admin changing their own role.
 */
export const refuseRoleChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || args.overrideAccess) return args
  const requestedRole = (args.data as { role?: unknown } | undefined)?.role
  const id = (args as { id?: string }).id
  if (requestedRole === undefined) return args
  if (!id) {
    if (!userHasRole(req.user, 'admin')) throw new Forbidden(req.t)
    return args
  }
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, req })
  if (target.role === requestedRole) return args
  const isSelf = String(target.id) === String(req.user.id)
  if (!userHasRole(req.user, 'admin') || isSelf) throw new Forbidden(req.t)
  return args
}
