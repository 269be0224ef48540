import type { PayloadRequest } from 'payload'

import { LockedAuth } from 'payload'

import type { User } from '../../payload-types'

import { recordRefusal } from '../audit'
import { ReauthenticationFailedError } from '../../errors'

/**
 * An electronic signature needs the signer's password again. It goes through Payload's own login,
 * so a wrong password counts toward the account lockout like any failed login.
 */
export const reauthenticate = async (
  req: PayloadRequest,
  signer: User,
  password: string,
  subject: { collection: string; id: string },
): Promise<void> => {
  try {
    await req.payload.login({ collection: 'users', data: { email: signer.email, password } })
  } catch (error) {
    await recordRefusal(req.payload, signer.id, {
      action: 'reauthentication-failed',
      collectionSlug: subject.collection,
      documentId: subject.id,
      comment: 'Wrong password at sign-off.',
    })
    if (error instanceof LockedAuth) {
      throw new ReauthenticationFailedError(
        'This account is locked after too many failed attempts; try again later.',
      )
    }
    throw new ReauthenticationFailedError()
  }
}
