import type { Payload } from 'payload'

import { hashRecoveryCode, newRecoveryCodes } from './recoveryCodes'
import { sealSecret } from './secretBox'
import { writeSecondFactor } from './storedFactor'

/** New single-use recovery codes replace the account's old ones; returned this once. */
export const issueRecoveryCodes = async (
  payload: Payload,
  id: number | string,
): Promise<string[]> => {
  const codes = newRecoveryCodes()
  await writeSecondFactor(payload, id, {
    totpRecoveryCodes: codes.map((code) => hashRecoveryCode(code, payload.secret)),
  })
  return codes
}

/**
 * Turns the second factor on with `secret`; `usedStep` is the step of the code that confirmed
 * it (that code is spent). Returns the recovery codes.
 */
export const turnOnSecondFactor = async (
  payload: Payload,
  id: number | string,
  secret: string,
  usedStep: number,
): Promise<string[]> => {
  await writeSecondFactor(payload, id, {
    totpSecret: sealSecret(secret, payload.secret),
    totpPendingSecret: null,
    totpLastStep: usedStep,
    totpEnrolledAt: new Date().toISOString(),
  })
  return issueRecoveryCodes(payload, id)
}
