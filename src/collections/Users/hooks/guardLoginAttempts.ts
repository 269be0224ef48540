import type { CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import { countFailedLogin, findAccountByEmail, isLocked } from '../../../auth/failedLogins'
import { readContext } from '../../../shared/requestContext'
import { requireSecondFactor } from '../../../auth/secondFactor/requireSecondFactor'
import { checkPasswordOfNoAccount, verifyPassword } from '../../../auth/verifyPassword'

/**
 * Every login (REST, GraphQL, the sign-off's re-authentication) is checked here first: a locked
 * account is refused, and a wrong password is counted atomically and refused before Payload's own
 * check runs, so parallel failures always lock the account (see countFailedLogin).
 *
 * An unknown email, a wrong password and a locked account get the same 401 and message, after the
 * same password check, so a login form cannot be used to learn who has an account or whose account
 * is locked (the owner is told of a lock by email, admins see it on the user list). Server code
 * (the Local API: a signer re-entering their password) is told of the lock.
 */
export const guardLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password, totp } = (args.data ?? {}) as {
    email?: unknown
    password?: unknown
    totp?: unknown
  }
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const account = await findAccountByEmail(req.payload, email)
  if (!account) {
    await checkPasswordOfNoAccount(password)
    throw new AuthenticationError(req.t)
  }
  const verdict = await verifyPassword(account, password)
  if (isLocked(account)) {
    if (req.payloadAPI === 'local') throw new LockedAuth(req.t)
    throw new AuthenticationError(req.t)
  }
  if (verdict !== false) {
    // Payload's REST login hands the operation only email and password: the code is in the body.
    const code = totp ?? (req.data as { totp?: unknown } | undefined)?.totp
    await requireSecondFactor(
      req,
      account,
      code,
      readContext(req, 'signing') ? 'sign-off' : 'login',
    )
    return args
  }
  await countFailedLogin(req.payload, account)
  throw new AuthenticationError(req.t)
}
