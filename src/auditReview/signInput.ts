import { z } from 'zod'

import { parseInput } from '../validation/parseInput'
import { signatureCredentialFields } from '../validation/signatureCredentials'
import { dayInWords } from './inWords'
import { checkPeriod, periodFields, periodOf } from './period'

export const signReviewBodySchema = z.object({
  ...periodFields,
  ...signatureCredentialFields,
  meaning: z
    .string()
    .trim()
    .min(3)
    .max(300)
    .optional()
    .meta({ description: 'What the signature means; default "Audit trail reviewed"' }),
})

export const DEFAULT_REVIEW_MEANING = 'Audit trail reviewed'

/**
 * The sign body, checked: a real period, and one that is over, since entries still being added
 * to it would no longer match the signed hash (400 naming `to`).
 */
export const parseSignBody = (body: unknown, now: Date) =>
  parseInput(
    signReviewBodySchema.superRefine(checkPeriod).superRefine(({ from, to }, refinement) => {
      const end = from <= to ? Date.parse(periodOf(from, to).end) : NaN
      if (end > now.getTime()) {
        refinement.addIssue({
          code: 'custom',
          path: ['to'],
          message: `The period must have ended: choose an end date before ${dayInWords(now.toISOString())}; a period is signed once it is over.`,
        })
      }
    }),
    body,
  )
