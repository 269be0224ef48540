import { z } from 'zod'

import { periodFields } from './period'

/** Refusals the review counts apart: each is someone stopped by a rule. */
export const REFUSAL_ACTIONS = ['reauthentication-failed', 'publish-refused'] as const

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
    refusals: z.object(
      Object.fromEntries(REFUSAL_ACTIONS.map((action) => [action, z.number().int()])) as Record<
        (typeof REFUSAL_ACTIONS)[number],
        z.ZodNumber
      >,
    ),
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
