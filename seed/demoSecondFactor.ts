import type { Payload } from 'payload'

import { z } from 'zod'

import type { User } from '../src/payload-types'

import { isEnrolled, readSecondFactor } from '../src/auth/secondFactor/storedFactor'
import { newTotpSecret, otpauthUri } from '../src/auth/secondFactor/totp'
import { turnOnSecondFactor } from '../src/auth/secondFactor/turnOn'

const secondFactorEnvSchema = z.object({
  DEMO_TOTP_SECRET: z
    .string()
    .trim()
    .regex(
      /^[A-Z2-7]{16,}$/,
      'DEMO_TOTP_SECRET must be a base32 key of 16 or more characters (A–Z, 2–7)',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
})

/**
 * The demo pharmacist signs with a second factor like any reviewer: enrolled when the account is
 * made, with DEMO_TOTP_SECRET or a new key. A new key and the recovery codes are printed once, the
 * way generated demo passwords are; DEMO_TOTP_SECRET is the operator's and stays out of the logs.
 * Returns the key when this run knows it (the seed signs with its current code).
 */
export const ensureDemoReviewerSecondFactor = async (
  payload: Payload,
  reviewer: User,
): Promise<string | undefined> => {
  const { DEMO_TOTP_SECRET } = secondFactorEnvSchema.parse(process.env)
  const account = await readSecondFactor(payload, reviewer.id)
  if (account && isEnrolled(account)) return DEMO_TOTP_SECRET
  const secret = DEMO_TOTP_SECRET ?? newTotpSecret()
  const recoveryCodes = await turnOnSecondFactor(payload, reviewer.id, secret, 0)
  payload.logger.info(
    DEMO_TOTP_SECRET
      ? `Demo reviewer two-factor authentication: on with DEMO_TOTP_SECRET. Recovery codes: ${recoveryCodes.join(' ')}`
      : `Demo reviewer two-factor authentication: add this key to an authenticator app: ${secret} (${otpauthUri(secret, reviewer.email)}). Recovery codes: ${recoveryCodes.join(' ')}`,
  )
  return secret
}
