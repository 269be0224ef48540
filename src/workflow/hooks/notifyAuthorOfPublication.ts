import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { notify } from '../../notifications/notify'
import { creatorToTell } from '../../notifications/recipients'
import { publicationChange } from '../publicationChange'

/** Tells the author when their content goes live or is withdrawn, whatever the path. */
export const notifyAuthorOfPublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const change = publicationChange(doc, previousDoc)
  if (!change) return doc
  await notify(req, {
    event: change === 'publish' ? 'published' : 'withdrawn',
    collection: collection.slug as ReviewableCollection,
    doc,
    recipients: creatorToTell(doc),
    comment: change === 'withdraw' ? (doc.withdrawalReason ?? undefined) : undefined,
  })
  return doc
}
