import { createHmac, randomInt } from 'node:crypto'

const CODE_COUNT = 10
// No 0/O or 1/I/L: codes are read off paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const GROUP = 5

const randomGroup = () =>
  Array.from({ length: GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

/** Ten single-use codes like `7KQ2M-XW9RT` (about 49 bits each), shown once. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: CODE_COUNT }, () => `${randomGroup()}-${randomGroup()}`)

export const isRecoveryCode = (code: string): boolean =>
  /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(code)

const normalise = (code: string) => code.replace(/-/g, '').toUpperCase()

/** Stored instead of the code: an HMAC keyed with the server secret. */
export const hashRecoveryCode = (code: string, serverSecret: string): string =>
  createHmac('sha256', `recovery-code:${serverSecret}`).update(normalise(code)).digest('hex')
