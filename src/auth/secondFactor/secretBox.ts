import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

const ALGORITHM = 'aes-256-gcm'
const IV_BYTES = 12

// The key is derived from PAYLOAD_SECRET: a copy of the database alone does not reveal the
// authenticator secrets, and rotating PAYLOAD_SECRET means staff enrol again.
const keyFrom = (serverSecret: string) =>
  createHash('sha256').update(`totp-secret:${serverSecret}`).digest()

/** `iv.tag.ciphertext`, base64url each: the TOTP secret as stored. */
export const sealSecret = (plain: string, serverSecret: string): string => {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(ALGORITHM, keyFrom(serverSecret), iv)
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

/** The secret, or undefined when it was sealed under another server secret or tampered with. */
export const openSecret = (stored: string, serverSecret: string): string | undefined => {
  const [iv, tag, sealed] = stored.split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !sealed) return undefined
  try {
    const decipher = createDecipheriv(ALGORITHM, keyFrom(serverSecret), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}
