import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12

/** A local part this short ("jo@…") is in too many good passwords to refuse them for it. */
const SHORTEST_LOCAL_PART_CHECKED = 3

// The 49,000 most common passwords of public breach lists, as zxcvbn ships them.
const COMMON_PASSWORDS = new Set(
  dictionary['passwords-common'].map((password) => password.toLowerCase()),
)

/**
 * The one password rule of the CMS (new accounts, changes, admin resets, the reset link, the
 * first-user screen, ADMIN_PASSWORD, DEMO_PASSWORD): why this password may not be used, in the
 * words shown under the field, or undefined when it may.
 */
export const passwordProblem = (password: unknown, email?: unknown): string | undefined => {
  if (typeof password !== 'string') return 'Enter the password as text'
  const characters = [...password]
  if (characters.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a strong password`
  }
  if (characters.every((character) => character === characters[0])) {
    return 'Use more than one character repeated; a few unrelated words make a strong password'
  }
  const lowered = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lowered)) {
    return 'This is one of the most common passwords and is easily guessed; choose another'
  }
  if (typeof email === 'string' && email.trim()) {
    const address = email.trim().toLowerCase()
    const localPart = address.split('@')[0]
    if (
      lowered.includes(address) ||
      (localPart.length >= SHORTEST_LOCAL_PART_CHECKED && lowered.includes(localPart))
    ) {
      return 'Do not use your email address, or its part before the @, in your password'
    }
  }
  return undefined
}
