import type { Payload } from 'payload'

import { hashRecoveryCode, isRecoveryCode } from './recoveryCodes'
import { openSecret } from './secretBox'
import {
  claimStep,
  readSecondFactor,
  type StoredSecondFactor,
  writeSecondFactor,
} from './storedFactor'
import { isTotpCode, stepOfCode } from './totp'

export type SecondFactorVerdict = 'code' | 'recovery-code' | 'wrong' | 'reused'

const usingRecoveryCode = new Map<string, Promise<unknown>>()

/** One recovery code check at a time per account in this process: a code is spent once. */
const oneAtATime = <T>(key: string, run: () => Promise<T>): Promise<T> => {
  const previous = usingRecoveryCode.get(key) ?? Promise.resolve()
  const current = previous.then(run, run)
  usingRecoveryCode.set(key, current)
  return current.finally(() => {
    if (usingRecoveryCode.get(key) === current) usingRecoveryCode.delete(key)
  })
}

const spendRecoveryCode = (payload: Payload, accountId: number | string, code: string) =>
  oneAtATime(String(accountId), async (): Promise<SecondFactorVerdict> => {
    const account = await readSecondFactor(payload, accountId)
    const hashes = account?.totpRecoveryCodes ?? []
    const hash = hashRecoveryCode(code, payload.secret)
    if (!hashes.includes(hash)) return 'wrong'
    await writeSecondFactor(payload, accountId, {
      totpRecoveryCodes: hashes.filter((stored) => stored !== hash),
    })
    return 'recovery-code'
  })

/**
 * Checks and spends a code of an enrolled account: a current authenticator code (each accepted
 * once) or one of its recovery codes (each usable once).
 */
export const verifySecondFactor = async (
  payload: Payload,
  account: StoredSecondFactor,
  given: string,
  now = Date.now(),
): Promise<SecondFactorVerdict> => {
  const code = given.replace(/\s+/g, '')
  if (isTotpCode(code)) {
    const secret = account.totpSecret && openSecret(account.totpSecret, payload.secret)
    const step = secret ? stepOfCode(secret, code, now) : undefined
    if (step === undefined) return 'wrong'
    return (await claimStep(payload, account.id, step)) ? 'code' : 'reused'
  }
  if (isRecoveryCode(code)) return spendRecoveryCode(payload, account.id, code)
  return 'wrong'
}
