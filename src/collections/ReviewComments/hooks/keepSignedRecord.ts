import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'
import { signedSince } from '../../../reviewComments/signedSince'
import { readContext } from '../../../shared/requestContext'

const PART_OF_THE_RECORD =
  'The document was signed off after this comment, so the comment is part of its review record and stays as it was.'
const RESOLUTION_ON_RECORD =
  'The document was signed off after this thread was opened, so whether it is resolved is part of its review record; open a new thread instead.'

type StoredComment = { collectionSlug: string; documentId: string; createdAt: string }

/**
 * Whether a signature of the comment's document is as new as the comment or newer, judged by the
 * Signatures record against the comment's server-stamped creation (see stampRecordTimes).
 */
const onTheRecord = (req: Parameters<typeof signedSince>[0], comment: StoredComment) =>
  signedSince(req, comment.collectionSlug, comment.documentId, comment.createdAt)

/**
 * A thread opened while a sign-off was being given (after its open-thread check, before its
 * signature time) would otherwise stay open for good and block every later sign-off and publish.
 * Closing it adds to the record (who, when) and rewrites nothing; reopening is still refused.
 */
const closesAnOpenThread = (
  req: Parameters<typeof readContext>[0],
  data: Partial<{ status: unknown }>,
  originalDoc: Partial<{ status: unknown }>,
): boolean =>
  Boolean(readContext(req, 'threadStatusChange')) &&
  originalDoc.status === 'open' &&
  data.status === 'resolved'

/**
 * A comment made before a sign-off is not edited afterwards, and neither is its thread's
 * resolution: the sign-off was given on those threads as they stood.
 */
export const keepSignedRecordOnChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (closesAnOpenThread(req, data, originalDoc)) return data
  if (await onTheRecord(req, originalDoc)) {
    throw new ConflictError(
      readContext(req, 'threadStatusChange') ? RESOLUTION_ON_RECORD : PART_OF_THE_RECORD,
    )
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
  if (await onTheRecord(req, comment)) throw new ConflictError(PART_OF_THE_RECORD)
}
