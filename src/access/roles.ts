import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** People who work in the CMS. */
export const STAFF_ROLES = ['admin', 'editor', 'reviewer', 'writer'] as const
/** Every role: staff, plus `consumer` accounts that downstream sites read with through an API key. */
export const ROLES = [...STAFF_ROLES, 'consumer'] as const
export type Role = (typeof ROLES)[number]
export type StaffRole = (typeof STAFF_ROLES)[number]

export const userHasRole = (user: PayloadRequest['user'], ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes((user as User).role))

export const isStaffUser = (user: PayloadRequest['user']): boolean =>
  userHasRole(user, ...STAFF_ROLES)

export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(req.user, ...roles)

export const isAdmin: Access = hasRole('admin')

/** For operations only server code (the Local API with access control off) may perform. */
export const nobody: Access = () => false

export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isAdminField: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
