import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { emitWorkflowEvent } from '../events'
import { publicationChange } from '../publicationChange'

/**
 * Tells the subscribed features (webhooks, then the author's email) when the live version goes
 * up or comes down, whatever the path; a draft save is never announced.
 */
export const announcePublicationChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const change = publicationChange(doc, previousDoc)
  if (!change) return doc
  await emitWorkflowEvent(req, {
    name: change === 'publish' ? 'published' : 'withdrawn',
    collection: collection.slug as ReviewableCollection,
    doc,
  })
  return doc
}
