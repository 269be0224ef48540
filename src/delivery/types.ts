import type { z } from 'zod'

import type {
  deliveredArticleSchema,
  deliveredFaqSchema,
  deliveredImageSchema,
  deliveredMetaSchema,
  deliveredReferenceSchema,
  reviewBlockSchema,
} from './schemas'

export type ReviewBlock = z.infer<typeof reviewBlockSchema>
export type DeliveredReference = z.infer<typeof deliveredReferenceSchema>
export type DeliveredFaq = z.infer<typeof deliveredFaqSchema>
export type ArticlePage = z.infer<typeof deliveredArticleSchema>
export type DeliveredMeta = z.infer<typeof deliveredMetaSchema>
export type DeliveredImage = z.infer<typeof deliveredImageSchema>
