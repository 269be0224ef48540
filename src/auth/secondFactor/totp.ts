import { Secret, TOTP } from 'otpauth'

/** RFC 6238 as authenticator apps expect it: SHA-1, six digits, 30-second steps. */
const PERIOD_SECONDS = 30
const DIGITS = 6
/** A code from the step before or after the current one is accepted (clock drift). */
const WINDOW = 1

export const TOTP_ISSUER = 'MedReview CMS'

const totpFor = (secret: string, label = 'account') =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  })

/** A new shared secret, base32 (160 bits, as RFC 4226 recommends). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export const otpauthUri = (secret: string, accountName: string): string =>
  totpFor(secret, accountName).toString()

/**
 * The time step (RFC 6238's counter) the code belongs to, when it is valid now; undefined
 * otherwise. A code is used once: callers accept only a step after the last one used.
 */
export const stepOfCode = (secret: string, code: string, now = Date.now()): number | undefined => {
  const totp = totpFor(secret)
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW })
  return delta === null ? undefined : totp.counter({ timestamp: now }) + delta
}

export const isTotpCode = (code: string): boolean => new RegExp(`^\\d{${DIGITS}}$`).test(code)

/** The code an authenticator app shows at `now` (the seed signs with it). */
export const currentCode = (secret: string, now = Date.now()): string =>
  totpFor(secret).generate({ timestamp: now })
