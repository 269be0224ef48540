import { z } from 'zod'

import { periodFields } from './period'

/**
 * Refusals the review counts apart: each is someone stopped by a rule (a wrong password at
 * signing; a wrong or reused authenticator code, or a signature without the two-factor set-up the
 * role requires; a refused publication).
 */
export const REFUSAL_ACTIONS = [
  'reauthentication-failed',
  'second-factor-failed',
  'publish-refused',
] as const

/** Not refusals, yet worth a reviewer's look: a recovery code spent instead of the app's code. */
export const SECURITY_EVENT_ACTIONS = ['recovery-code-used'] as const

const countsOf = <Action extends string>(actions: readonly Action[]) =>
  z.object(
    Object.fromEntries(actions.map((action) => [action, z.number().int()])) as Record<
      Action,
      z.ZodNumber
    >,
  )

const personSchema = z.object({ id: z.string(), name: z.string() })

export const reviewEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  at: z.string(),
  by: personSchema.nullable().meta({ description: 'Who did it; null for the CMS itself' }),
  comment: z
    .string()
    .nullable()
    .meta({ description: 'The comment, reason or change reason given' }),
  versionId: z.string().nullable(),
  contentHash: z.string().nullable(),
  details: z.unknown().optional(),
})

export const reviewDocumentSchema = z.object({
  collection: z.string(),
  collectionLabel: z.string(),
  id: z.string().nullable().meta({ description: 'null for entries about no one document' }),
  title: z.string().nullable().meta({ description: 'null when the document no longer exists' }),
  entries: z.array(reviewEntrySchema),
})

export const reviewSignatureSchema = z
  .object({
    id: z.string(),
    from: z.string(),
    to: z.string(),
    signedBy: z.string().meta({ description: 'The account that signed' }),
    printedName: z.string(),
    meaning: z.string(),
    signedAt: z.string(),
    entriesHash: z.string(),
    entryCount: z.number().int(),
    documentCount: z.number().int(),
  })
  .meta({ id: 'AuditReviewSignature' })

export const auditReviewSchema = z.object({
  period: z.object({
    ...periodFields,
    start: z.string().meta({ description: 'The first moment of `from`, inclusive' }),
    end: z.string().meta({ description: 'The first moment after `to`, exclusive' }),
  }),
  summary: z.object({
    entries: z.number().int(),
    documents: z.number().int(),
    byAction: z.record(z.string(), z.number().int()),
    refusals: countsOf(REFUSAL_ACTIONS),
    securityEvents: countsOf(SECURITY_EVENT_ACTIONS),
  }),
  documents: z.array(reviewDocumentSchema),
  entriesHash: z.string().meta({ description: 'SHA-256 of the period’s entries as they are now' }),
  signed: reviewSignatureSchema
    .extend({
      unchanged: z
        .boolean()
        .meta({ description: 'Whether the entries still hash to what was signed' }),
    })
    .nullable()
    .meta({ description: 'The signature of exactly this period, if QA signed it' }),
})

export type AuditReviewAnswer = z.infer<typeof auditReviewSchema>
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>
export type ReviewSignature = z.infer<typeof reviewSignatureSchema>
