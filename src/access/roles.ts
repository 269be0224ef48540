import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

export const ROLES = ['admin', 'editor', 'reviewer', 'writer'] as const
export type Role = (typeof ROLES)[number]

export const STAFF_ROLES: readonly Role[] = ROLES

export const userHasRole = (user: PayloadRequest['user'], ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes((user as User).role))

export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(req.user, ...roles)

export const isAdmin: Access = hasRole('admin')

export const isAdminField: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
