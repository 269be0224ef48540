import { z } from 'zod'

/**
 * What an electronic signature asks of the signer, whatever is signed (a document, an audit-trail
 * review): the password again and, with two-factor authentication, the current code (step-up).
 */
export const signatureCredentialFields = {
  password: z
    .string({ message: 'Enter your password to sign' })
    .min(1, 'Enter your password to sign'),
  totp: z.string().trim().max(32).optional().meta({
    description:
      'The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication.',
  }),
}
