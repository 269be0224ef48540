import { z } from 'zod'

const text = (message: string) => z.string({ error: message }).nullish()

/**
 * The shape of what a client sends for a comment, checked before any hook reads it: an object or
 * an array where an id belongs would otherwise reach the database as a query operator (MongoDB)
 * or be stored as text. Unknown keys are left to Payload, which ignores them.
 */
export const commentInputSchema = z.looseObject({
  thread: z
    .union([z.string(), z.number()], { error: 'Give the id of the comment that opens the thread' })
    .nullish(),
  collectionSlug: text('Give the collection as text, e.g. "articles"'),
  documentId: text('Give the document id as text'),
  field: text('Give the field path as text, e.g. "keyPoints.2.text"'),
  quote: text('Give the quoted passage as text'),
  comment: text('Write the comment as text'),
})
