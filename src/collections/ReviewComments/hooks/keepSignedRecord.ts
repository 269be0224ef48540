import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'
import { signedSince } from '../../../reviewComments/signedSince'

export const THREAD_STATUS_CHANGE = 'threadStatusChange'

const PART_OF_THE_RECORD =
  'The document was signed off after this comment, so the comment is part of its review record and stays as it was.'

/** A comment made before a sign-off is not edited afterwards (resolving a thread is not an edit). */
export const keepSignedRecordOnChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (operation !== 'update' || context[THREAD_STATUS_CHANGE] || !originalDoc) return data
  if (
    await signedSince(
      req,
      originalDoc.collectionSlug,
      originalDoc.documentId,
      originalDoc.createdAt,
    )
  ) {
    throw new ConflictError(PART_OF_THE_RECORD)
  }
  return data
}

/** …nor deleted. */
export const keepSignedRecordOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const comment = await req.payload.findByID({
    collection: 'review-comments',
    id,
    depth: 0,
    req,
  })
  if (await signedSince(req, comment.collectionSlug, comment.documentId, comment.createdAt)) {
    throw new ConflictError(PART_OF_THE_RECORD)
  }
}
