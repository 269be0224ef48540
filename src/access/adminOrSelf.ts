import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins see every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
