import type { PayloadRequest } from 'payload'

import { NotFound } from 'payload'
import QRCode from 'qrcode'

import { ConflictError, ForbiddenError, fieldRefusal, NotLoggedInError } from '../../errors'
import { isAdminUser, isStaffUser } from '../../access/roles'
import { recordAudit } from '../../workflow/audit'
import { endSessions } from '../sessions'
import { mustEnrol, requireOwnSecondFactor } from './enrolmentRequired'
import { openSecret, sealSecret } from './secretBox'
import { isEnrolled, readSecondFactor, writeSecondFactor } from './storedFactor'
import { issueRecoveryCodes, turnOnSecondFactor } from './turnOn'
import { newTotpSecret, otpauthUri, stepOfCode } from './totp'
import { confirmPassword } from './confirmPassword'

const staffCaller = (req: PayloadRequest) => {
  if (!req.user) throw new NotLoggedInError('Sign in to set up two-factor authentication.')
  if (!isStaffUser(req.user))
    throw new ForbiddenError('Only staff accounts use two-factor authentication.')
  return req.user
}

export type SecondFactorStatus = {
  enrolled: boolean
  enrolledAt: null | string
  required: boolean
  recoveryCodesLeft: number
}

export const secondFactorStatus = async (req: PayloadRequest): Promise<SecondFactorStatus> => {
  const user = staffCaller(req)
  const account = await readSecondFactor(req.payload, user.id)
  return {
    enrolled: Boolean(account && isEnrolled(account)),
    enrolledAt: account?.totpEnrolledAt ?? null,
    required: mustEnrol(req.payload, user.role),
    recoveryCodesLeft: account?.totpRecoveryCodes?.length ?? 0,
  }
}

/** Step 1: a new secret for the caller's authenticator app; on only once a code confirms it. */
export const startEnrolment = async (req: PayloadRequest, { password }: { password: string }) => {
  const user = staffCaller(req)
  const account = await readSecondFactor(req.payload, user.id)
  if (account && isEnrolled(account))
    throw new ConflictError(
      'Two-factor authentication is already on for your account. If you lost your device, an admin can reset it.',
    )
  await confirmPassword(req, user, { password })
  const secret = newTotpSecret()
  await writeSecondFactor(req.payload, user.id, {
    totpPendingSecret: sealSecret(secret, req.payload.secret),
  })
  const uri = otpauthUri(secret, user.email)
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) }
}

/** Step 2: the first code from the app turns it on; the recovery codes are shown this once. */
export const confirmEnrolment = async (req: PayloadRequest, { code }: { code: string }) => {
  const user = staffCaller(req)
  const account = await readSecondFactor(req.payload, user.id)
  if (account && isEnrolled(account))
    throw new ConflictError('Two-factor authentication is already on for your account.')
  const secret =
    account?.totpPendingSecret && openSecret(account.totpPendingSecret, req.payload.secret)
  if (!secret)
    throw fieldRefusal('users', 'code', 'Start the set-up again: no set-up is waiting for a code.')
  const step = stepOfCode(secret, code)
  if (step === undefined)
    throw fieldRefusal(
      'users',
      'code',
      'The code does not match: enter the 6-digit code your authenticator app shows now (check that the device’s clock is right).',
    )
  const recoveryCodes = await turnOnSecondFactor(req.payload, user.id, secret, step)
  await recordAudit(req, {
    action: 'second-factor-enrolled',
    collectionSlug: 'users',
    documentId: String(user.id),
    comment: 'Two-factor authentication turned on.',
  })
  return { enrolled: true, recoveryCodes }
}

/** New recovery codes replace the old ones; needs the password and a current code. */
export const renewRecoveryCodes = async (
  req: PayloadRequest,
  credentials: { password: string; totp?: string },
) => {
  const user = staffCaller(req)
  const account = await readSecondFactor(req.payload, user.id)
  if (!account || !isEnrolled(account))
    throw new ConflictError('Two-factor authentication is not on for your account.')
  await confirmPassword(req, user, credentials)
  const recoveryCodes = await issueRecoveryCodes(req.payload, user.id)
  await recordAudit(req, {
    action: 'second-factor-enrolled',
    collectionSlug: 'users',
    documentId: String(user.id),
    comment: 'New recovery codes issued; the old ones no longer work.',
  })
  return { recoveryCodes }
}

/** Whom an admin may reset: another account (404 when it does not exist); 403 for anyone else. */
export const resetTarget = async (req: PayloadRequest, id: string) => {
  const admin = staffCaller(req)
  if (!isAdminUser(admin))
    throw new ForbiddenError('Only admins can reset two-factor authentication.')
  if (String(admin.id) === id)
    throw new ForbiddenError('Another admin must reset your own two-factor authentication.')
  const account = await readSecondFactor(req.payload, id)
  if (!account) throw new NotFound(req.t)
  return { admin, account }
}

/**
 * An admin turns off another account's second factor (a lost device); its sessions end. A security
 * action: the admin confirms it with their own password and code, and must have a second factor
 * of their own where their role requires one.
 */
export const resetSecondFactor = async (
  req: PayloadRequest,
  { admin, account }: Awaited<ReturnType<typeof resetTarget>>,
  credentials: { password: string; totp?: string },
) => {
  const id = String(account.id)
  await requireOwnSecondFactor(req.payload, admin)
  await confirmPassword(req, admin, credentials)
  await writeSecondFactor(req.payload, id, {
    totpSecret: null,
    totpPendingSecret: null,
    totpLastStep: null,
    totpRecoveryCodes: null,
    totpEnrolledAt: null,
  })
  await endSessions(req.payload, id)
  await recordAudit(req, {
    action: 'second-factor-reset',
    collectionSlug: 'users',
    documentId: id,
    comment: `Two-factor authentication reset by an admin for ${account.email ?? id}.`,
  })
  return { reset: true }
}
