import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewableCollection } from '../../../workflow/states'

import { notify } from '../../../notifications/notify'
import { authorsToTell, threadParticipants } from '../../../notifications/recipients'
import { findLatest } from '../../../workflow/documents'
import { readContext } from '../../../shared/requestContext'

/** Set by request-changes, whose own email already carries the comment that opens the thread. */

/**
 * A new comment or reply tells the document's author and contributors, and whoever wrote earlier
 * in the thread (a reviewer hears about the answer to their question); never the commenter.
 */
export const notifyAuthorsOfComment: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || readContext(req, 'commentAnnounced')) return doc
  const collection = doc.collectionSlug as ReviewableCollection
  const document = await findLatest(req, collection, doc.documentId)
  await notify(req, {
    event: 'comment',
    collection,
    doc: document,
    recipients: [...authorsToTell(document), ...(await threadParticipants(req, doc))],
    comment: doc.comment,
    detail: doc.field ? `(on ${doc.field})` : undefined,
  })
  return doc
}
