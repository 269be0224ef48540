import { z } from 'zod'

import { reviewableCollectionSchema } from '../apiSchemas'

/** One thing the completeness check found, in a writer's words, with the field to fix. */
export const completenessFindingSchema = z
  .strictObject({
    check: z.string().meta({
      description:
        'What was checked, stable across wording changes (e.g. `key-points`; a pre-review check’s rule code, e.g. `a11y.link-text`).',
    }),
    message: z.string().meta({ description: 'What is missing or weak, and what to do.' }),
    field: z
      .string()
      .nullable()
      .meta({ description: 'The field to fix (a path such as `meta.description`); null: none.' }),
  })
  .meta({ id: 'CompletenessFinding' })

export const completenessSchema = z
  .strictObject({
    collection: reviewableCollectionSchema,
    id: z.string(),
    ready: z.boolean().meta({ description: 'Nothing blocks: no blockers.' }),
    blockers: z.array(completenessFindingSchema).meta({
      description:
        'What the API refuses later on this version (saving, the submission, the sign-off or the publication): fix before submitting.',
    }),
    warnings: z.array(completenessFindingSchema).meta({
      description: 'What is empty or weak but refused nowhere: worth fixing, never blocking.',
    }),
  })
  .meta({ id: 'Completeness' })

export type CompletenessFinding = z.infer<typeof completenessFindingSchema>
export type Completeness = z.infer<typeof completenessSchema>
