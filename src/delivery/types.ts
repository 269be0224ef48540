import type { z } from 'zod'

import type {
  deliveredArticleSchema,
  deliveredFaqSchema,
  deliveredReferenceSchema,
  reviewBlockSchema,
} from './schemas'

export type ReviewBlock = z.infer<typeof reviewBlockSchema>
export type DeliveredReference = z.infer<typeof deliveredReferenceSchema>
export type DeliveredFaq = z.infer<typeof deliveredFaqSchema>
export type ArticlePage = z.infer<typeof deliveredArticleSchema>
