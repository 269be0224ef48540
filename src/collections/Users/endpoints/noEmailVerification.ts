import type { Endpoint } from 'payload'

import { fieldRefusal } from '../../../http/refusal'

/**
 * Payload mounts `POST /api/users/verify/:token` on every auth collection; without email
 * verification its query names a field that does not exist (`_verificationToken`), a 500. Mounted
 * before Payload's own, this answers what is true: there is nothing to verify. GraphQL's
 * `verifyEmailUser` says the same (src/graphql/builtInFixes.ts).
 */
export const noEmailVerification: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () =>
    fieldRefusal(
      'token',
      'cannot be verified: accounts here are created by an admin and their email addresses need no verification',
    ),
}
