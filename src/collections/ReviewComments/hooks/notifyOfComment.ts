import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewableCollection } from '../../../workflow/states'

import { notify } from '../../../notifications/notify'
import { authorsToTell, threadParticipants } from '../../../notifications/recipients'
import { findLatest } from '../../../workflow/documents'
import { fieldPathInWords } from '../../../workflow/fieldPath'
import { relationIds } from '../../../shared/relations'
import { readContext } from '../../../shared/requestContext'

const mentionIds = (doc: { mentions?: unknown } | undefined): string[] => relationIds(doc?.mentions)

/**
 * The people a comment mentions hear that they were mentioned (also when an edit adds them). A new
 * comment or reply also tells the document's author and contributors, and whoever wrote earlier in
 * the thread (a reviewer hears about the answer to their question); never the commenter.
 */
export const notifyOfComment: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const earlier = operation === 'update' ? mentionIds(previousDoc) : []
  const mentioned = mentionIds(doc).filter((id) => !earlier.includes(id))
  // Request-changes' own email already carries the comment that opens the thread.
  const announceComment = operation === 'create' && !readContext(req, 'commentAnnounced')
  if (!mentioned.length && !announceComment) return doc
  const collection = doc.collectionSlug as ReviewableCollection
  const document = await findLatest(req, collection, doc.documentId)
  const about = {
    collection,
    doc: document,
    comment: doc.comment,
    detail: doc.field ? `(on ${fieldPathInWords(req, collection, doc.field)})` : undefined,
  }
  if (mentioned.length) await notify(req, { ...about, event: 'mentioned', recipients: mentioned })
  if (!announceComment) return doc
  const others = [...authorsToTell(document), ...(await threadParticipants(req, doc))]
  await notify(req, {
    ...about,
    event: 'comment',
    recipients: others.filter((id) => !mentionIds(doc).includes(id)),
  })
  return doc
}
