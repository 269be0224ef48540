import type { PayloadRequest } from 'payload'

import type { z } from 'zod'

import type { actionResultSchema, linkedOutcomeSchema } from '../apiSchemas'
import type { ReviewableCollection } from '../states'

/** What every workflow action gets (REST endpoint, GraphQL mutation, seed) and what it answers. */
export type ActionInput = {
  req: PayloadRequest
  collection: ReviewableCollection
  id: string
  body: unknown
}

export type LinkedOutcome = z.infer<typeof linkedOutcomeSchema>
export type ActionResult = z.infer<typeof actionResultSchema>
