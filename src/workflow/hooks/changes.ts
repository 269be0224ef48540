import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { contentHash } from '../contentHash'
import { isRestoringAsDraft } from '../../shared/requestContext'

type SaveArgs = {
  collection: CollectionConfig
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
}

/** The document as this save will leave it (collection hooks see only the submitted fields). */
export const resultingDoc = ({ data, originalDoc }: SaveArgs): Record<string, unknown> => ({
  ...originalDoc,
  ...data,
})

export const contentChanged = (args: SaveArgs): boolean => {
  if (!args.originalDoc) return true
  const fields =
    args.req.payload.collections[args.collection.slug as CollectionSlug].config.flattenedFields
  return contentHash(args.originalDoc, fields) !== contentHash(resultingDoc(args), fields)
}

/** Whether this save leaves the document published (a publish, or an edit of the live version). */
export const savesAsPublished = ({ data, originalDoc, req }: SaveArgs): boolean => {
  // Restoring a version "as draft": Payload forces the draft status only after the hooks ran.
  if (isRestoringAsDraft(req)) return false
  return (data._status ?? originalDoc?._status) === 'published'
}
