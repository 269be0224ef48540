import { z } from 'zod'

import { defineAction } from '../../actions/defineAction'
import { requireReviewSigner } from '../guards'
import { reviewSignatureSchema } from '../schemas'
import { signAuditReview } from '../signAuditReview'
import { signReviewBodySchema } from '../signInput'

export const signReviewResultSchema = z
  .object({ message: z.string(), review: reviewSignatureSchema })
  .meta({ id: 'AuditReviewSignResult' })

/**
 * POST /api/audit-log/review/sign (GraphQL `auditReviewSign`): QA signs the review of a period
 * that has ended, with their password again, as a pharmacist signs content off.
 */
export const signReviewRoute = defineAction({
  name: 'audit-review-sign',
  method: 'post',
  path: '/review/sign',
  collections: z.enum(['audit-log']),
  summary: 'Sign the audit-trail review of a period (QA)',
  description:
    'An electronic signature: the password again (a wrong one is 401, audited and counts toward the lockout). The period must have ended; one signature per exact period (409 when it is signed). The signature stores a SHA-256 hash of the period’s entries, so a later change to them shows.',
  tags: ['Records'],
  operationId: () => 'signAuditReview',
  params: z.object({}),
  body: signReviewBodySchema,
  result: signReviewResultSchema,
  resultDescription: 'The stored signature.',
  noStore: true,
  errors: [400, 401, 403, 409],
  transaction: 'endpoint',
  graphql: 'auditReviewSign',
  guard: requireReviewSigner,
  handler: ({ req, body }) => signAuditReview(req, body),
})
