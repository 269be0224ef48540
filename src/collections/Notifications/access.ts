import type { Access } from 'payload'

import { isStaffUser } from '../../access/roles'

/** Each person reads and marks only their own notifications, admins included; never consumers. */
export const ownNotificationsOnly: Access = ({ req }) =>
  isStaffUser(req.user) ? { recipient: { equals: req.user!.id } } : false
