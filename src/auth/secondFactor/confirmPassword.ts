import type { PayloadRequest } from 'payload'

import { LockedAuth } from 'payload'

import { ReauthenticationFailedError, SecondFactorError } from '../../errors'
import { contextOption } from '../../shared/requestContext'

/**
 * The caller's password again, and the current code of their second factor once it is on
 * (step-up), checked by Payload's login (guardLoginAttempts): failures count toward the lockout.
 * A wrong password is a ReauthenticationFailedError; a missing or wrong code a SecondFactorError.
 */
export const confirmPassword = async (
  req: PayloadRequest,
  user: { email: string },
  { password, totp }: { password: string; totp?: string },
  { signing = false }: { signing?: boolean } = {},
): Promise<void> => {
  try {
    await req.payload.login({
      collection: 'users',
      data: { email: user.email, password, totp } as { email: string; password: string },
      context: contextOption({ signing }),
    })
  } catch (error) {
    if (error instanceof SecondFactorError) throw error
    if (error instanceof LockedAuth)
      throw new ReauthenticationFailedError(
        'This account is locked after too many failed attempts; try again later.',
      )
    throw new ReauthenticationFailedError(signing ? undefined : 'The password is not correct.')
  }
}
