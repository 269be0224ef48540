import type { Access } from 'payload'

import { ROLES, userHasRole } from './roles'

export const isStaff: Access = ({ req }) => userHasRole(req.user, ...ROLES)

/** Staff read everything; anyone else (downstream sites) only published documents. */
export const publishedOrStaff: Access = ({ req }) => {
  if (userHasRole(req.user, ...ROLES)) return true
  return { _status: { equals: 'published' } }
}
