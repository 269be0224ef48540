import { z } from 'zod'

import { deliveredArticleSchema } from '../delivery/schemas'
import { REVIEWABLE_COLLECTIONS, WORKFLOW_STATES } from '../workflow/states'

export const previewedDocumentSchema = z
  .strictObject({
    collection: z.enum(REVIEWABLE_COLLECTIONS),
    id: z.string(),
    title: z.string(),
    versionId: z
      .string()
      .nullable()
      .meta({ description: 'The stored version shown (a `version` to pin the preview to).' }),
    state: z.enum(WORKFLOW_STATES),
    live: z.boolean().meta({ description: 'A published version of it is live.' }),
  })
  .meta({ id: 'PreviewedDocument' })

export const articlePreviewSchema = z
  .strictObject({
    page: deliveredArticleSchema,
    shown: z.array(previewedDocumentSchema).meta({
      description: 'The article first, then its linked documents in page order.',
    }),
    warnings: z.array(z.string()).meta({
      description: 'What would keep the page from being printed as shown, in words.',
    }),
  })
  .meta({ id: 'ArticlePreview' })
