import type { PayloadRequest } from 'payload'

import type { User } from '../../payload-types'

import { confirmPassword } from '../../auth/secondFactor/confirmPassword'
import { recordRefusal } from '../audit'
import { ReauthenticationFailedError } from '../../errors'

/**
 * An electronic signature needs the signer's password again, and the current code of their second
 * factor when they have one (step-up); a wrong password is audited here, a wrong code where it is
 * checked (requireSecondFactor).
 */
export const reauthenticate = async (
  req: PayloadRequest,
  signer: User,
  credentials: { password: string; totp?: string },
  subject: { collection: string; id: string },
): Promise<void> => {
  try {
    await confirmPassword(req, signer, credentials, { signing: true })
  } catch (error) {
    if (error instanceof ReauthenticationFailedError)
      await recordRefusal(req.payload, signer.id, {
        action: 'reauthentication-failed',
        collectionSlug: subject.collection,
        documentId: subject.id,
        comment: 'Wrong password at sign-off.',
      })
    throw error
  }
}
