import type { Access } from 'payload'

import { userHasRole } from './roles'

/** Admins see every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
