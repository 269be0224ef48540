import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

// Payload 3.90 stores `pbkdf2-sha256-v1:<hex>` (600,000 iterations, 32 bytes) and still accepts
// its legacy hashes (25,000 iterations, 512 bytes): see payload/dist/auth/strategies/local/
// generatePasswordSaltHash.js. Payload exports no function to check a password without logging in.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const FORMATS = [
  {
    matches: (hash: string) => hash.startsWith(CURRENT_PREFIX),
    strip: CURRENT_PREFIX.length,
    iterations: 600_000,
    keyLength: 32,
  },
  {
    matches: (hash: string) => /^[0-9a-f]{1024}$/.test(hash),
    strip: 0,
    iterations: 25_000,
    keyLength: 512,
  },
]

type StoredCredentials = { hash?: unknown; salt?: unknown }

/**
 * Whether `password` is the account's password: true or false, or undefined when the stored hash
 * is in a format this check does not know (then Payload's own login decides).
 */
export const verifyPassword = async (
  account: StoredCredentials,
  password: string,
): Promise<boolean | undefined> => {
  const { hash, salt } = account
  if (typeof hash !== 'string' || typeof salt !== 'string') return undefined
  const format = FORMATS.find((candidate) => candidate.matches(hash))
  if (!format) return undefined
  const stored = Buffer.from(hash.slice(format.strip), 'hex')
  const computed = await pbkdf2Async(password, salt, format.iterations, format.keyLength, 'sha256')
  return stored.length === computed.length && timingSafeEqual(stored, computed)
}

// A hash no password matches, in the current format, so checking against it costs what a real
// check costs.
const NO_ACCOUNT = {
  hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`,
  salt: '0'.repeat(64),
}

/**
 * Spends the time a password check takes, for an email without an account: a login then answers
 * as late as for a wrong password, so timing does not tell which emails have accounts.
 */
export const checkPasswordOfNoAccount = async (password: string): Promise<void> => {
  await verifyPassword(NO_ACCOUNT, password)
}
