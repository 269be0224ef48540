import type { CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'

/** Deleting a thread's first comment would take other people's replies with it. */
export const keepThreadsWhole: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'review-comments',
    where: { thread: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw new ConflictError(
      'This thread has replies, which are other people’s comments; resolve the thread instead of deleting it.',
    )
  }
}
