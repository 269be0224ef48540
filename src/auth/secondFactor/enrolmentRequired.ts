import type { Payload } from 'payload'

import { settingsOf } from '../../config/settings'
import { SecondFactorError } from '../../errors'
import { recordRefusal } from '../../workflow/audit'
import { isEnrolled, readSecondFactor } from './storedFactor'

export const mustEnrol = (payload: Payload, role: null | string | undefined): boolean =>
  Boolean(role && settingsOf(payload).mfaRequiredRoles.includes(role))

/** 403 for a signer whose role needs a second factor (MFA_REQUIRED_ROLES) and has none yet. */
export const requireEnrolmentToSign = async (
  payload: Payload,
  signer: { id: number | string; role?: null | string },
): Promise<void> => {
  if (!mustEnrol(payload, signer.role)) return
  const account = await readSecondFactor(payload, signer.id)
  if (account && isEnrolled(account)) return
  await recordRefusal(payload, String(signer.id), {
    action: 'second-factor-failed',
    collectionSlug: 'users',
    documentId: String(signer.id),
    comment: 'A sign-off without two-factor authentication set up, which the role requires.',
    details: { moment: 'sign-off', verdict: 'not-enrolled' },
  })
  throw new SecondFactorError(
    'not-enrolled',
    'Signing needs two-factor authentication: set it up under your account (Two-factor authentication) first.',
  )
}

/** 403 for an admin whose role needs a second factor and who has none, before a security action. */
export const requireOwnSecondFactor = async (
  payload: Payload,
  user: { id: number | string; role?: null | string },
): Promise<void> => {
  if (!mustEnrol(payload, user.role)) return
  const account = await readSecondFactor(payload, user.id)
  if (account && isEnrolled(account)) return
  throw new SecondFactorError(
    'not-enrolled',
    'Set up your own two-factor authentication (under your account) before you reset someone else’s.',
  )
}
