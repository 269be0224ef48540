import type { Access } from 'payload'

import { isStaffUser } from '../../access/roles'

/** Nobody edits or deletes another person's comment, admins included. */
export const ownCommentsOnly: Access = ({ req }) =>
  isStaffUser(req.user) ? { author: { equals: req.user!.id } } : false
