import type { PayloadRequest } from 'payload'

import { SecondFactorError } from '../../errors'
import { recordRefusal } from '../../workflow/audit'
import { countFailedLogin } from '../failedLogins'
import { isEnrolled, type StoredSecondFactor } from './storedFactor'
import { verifySecondFactor } from './verifySecondFactor'

export type SecondFactorMoment = 'login' | 'sign-off'

const MISSING =
  'Enter the 6-digit code from your authenticator app (or one of your recovery codes).'
const WRONG =
  'That code is not right: enter the code your authenticator app shows now for MedReview CMS.'
const REUSED =
  'That code was already used: wait for your authenticator app to show the next code (a new one every 30 seconds) and enter that.'

/**
 * After a right password: an enrolled account must also give a code (`totp`). A wrong or reused
 * code counts toward the lockout like a wrong password and is audited; a recovery code spent is
 * audited too. Accounts without enrolment pass (their role may still forbid signing: see
 * requireEnrolmentToSign).
 */
export const requireSecondFactor = async (
  req: PayloadRequest,
  account: StoredSecondFactor & { lockUntil?: null | string },
  code: unknown,
  moment: SecondFactorMoment,
): Promise<void> => {
  if (!isEnrolled(account)) return
  if (typeof code !== 'string' || !code.trim()) throw new SecondFactorError('missing', MISSING)
  const verdict = await verifySecondFactor(req.payload, account, code)
  if (verdict === 'code') return
  if (verdict === 'recovery-code') {
    await recordRefusal(req.payload, String(account.id), {
      action: 'recovery-code-used',
      collectionSlug: 'users',
      documentId: String(account.id),
      comment: `A recovery code was used at ${moment}.`,
    })
    return
  }
  await recordRefusal(req.payload, String(account.id), {
    action: 'second-factor-failed',
    collectionSlug: 'users',
    documentId: String(account.id),
    comment: `${verdict === 'reused' ? 'A code already used' : 'A wrong code'} at ${moment}.`,
    details: { moment, verdict },
  })
  await countFailedLogin(req.payload, account)
  throw new SecondFactorError('wrong', verdict === 'reused' ? REUSED : WRONG)
}
