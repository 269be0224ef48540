import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { User } from '../../../payload-types'

import { isAdminUser } from '../../../access/roles'
import { countFailedLogin, findAccountById, isLocked } from '../../../auth/failedLogins'
import { verifyPassword } from '../../../auth/verifyPassword'
import { fieldRefusal, ForbiddenError } from '../../../errors'
import { adminOnlyFieldsOf, fieldLabel, sameValue } from '../protectedFields'
import { writeContext } from '../../../shared/requestContext'

type AccountData = Record<string, unknown> & {
  currentPassword?: unknown
  password?: unknown
  email?: unknown
}

const changesSignInCredentials = (data: AccountData, target: User): boolean =>
  (typeof data.password === 'string' && data.password !== '') ||
  (typeof data.email === 'string' && data.email.toLowerCase().trim() !== target.email)

const currentPasswordRefusal = (message: string) =>
  fieldRefusal('users', 'currentPassword', message)

/** A sign-off proves the signer knows the password: a session token alone must not set a new one. */
const requireCurrentPassword = async (req: PayloadRequest, data: AccountData, target: User) => {
  if (typeof data.currentPassword !== 'string' || !data.currentPassword) {
    throw currentPasswordRefusal('Enter your current password to change your password or email')
  }
  const account = await findAccountById(req.payload, target.id)
  if (!account) throw new ForbiddenError('This account no longer exists.')
  if (isLocked(account))
    throw new ForbiddenError(
      'This account is locked after too many failed attempts; try again later.',
    )
  const verdict = await verifyPassword(account, data.currentPassword)
  if (verdict === true) return
  if (verdict === false) await countFailedLogin(req.payload, account)
  throw currentPasswordRefusal('This is not your current password')
}

/**
 * Refused outright (403/400) rather than silently dropped, so an escalation attempt is visible:
 * non-admins changing a role, a reviewer's credentials, licence or printed name; anyone changing
 * their own password or email without the current password. Admins may reset another person's
 * password (audited). Trusted server code (access control off) is not limited.
 */
export const refuseProtectedAccountChanges: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.user || args.overrideAccess) return args
  const data = (args.data ?? {}) as AccountData
  const isAdmin = isAdminUser(req.user)
  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    const touched = [
      'password',
      'email',
      ...adminOnlyFieldsOf({ role: 'reviewer' }, undefined),
    ].filter((field) => field in data)
    if (touched.length && !isAdmin)
      throw new ForbiddenError('Only an admin can change accounts in bulk.')
    if ('password' in data || 'email' in data) {
      throw fieldRefusal('users', 'password', 'Change passwords and emails one account at a time')
    }
    return args
  }
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, req })
  const isSelf = String(target.id) === String(req.user.id)
  for (const field of adminOnlyFieldsOf(target, data.role)) {
    if (!(field in data) || sameValue(field, data[field], target[field as keyof User])) continue
    if (!isAdmin || (field === 'role' && isSelf)) {
      throw new ForbiddenError(
        `Only an admin can change ${fieldLabel(field)}${field === 'role' && isSelf ? ' of another account' : ''}.`,
      )
    }
  }
  if (changesSignInCredentials(data, target)) {
    if (isSelf) await requireCurrentPassword(req, data, target)
    else if (!isAdmin)
      throw new ForbiddenError('Only an admin can change another person’s password or email.')
    writeContext(req, 'credentialChange', {
      password: typeof data.password === 'string' && data.password !== '',
      byAdminForOther: !isSelf,
    })
  }
  const { currentPassword: _ignored, ...rest } = data
  return { ...args, data: rest }
}
