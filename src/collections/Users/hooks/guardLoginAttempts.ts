import type { CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import { countFailedLogin, findAccountByEmail, isLocked } from '../../../auth/failedLogins'
import { verifyPassword } from '../../../auth/verifyPassword'

/**
 * Every login (REST, GraphQL, the sign-off's re-authentication) is checked here first: a locked
 * account is refused, and a wrong password is counted atomically and refused before Payload's own
 * check runs, so parallel failures always lock the account (see countFailedLogin).
 */
export const guardLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const account = await findAccountByEmail(req.payload, email)
  if (!account) return args
  if (isLocked(account)) throw new LockedAuth(req.t)
  if ((await verifyPassword(account, password)) !== false) return args
  await countFailedLogin(req.payload, account)
  throw new AuthenticationError(req.t)
}
