import type { CollectionAfterChangeHook } from 'payload'

import { describeDoc } from '../shared/describe'
import { publicationChange } from '../workflow/publicationChange'
import { purgeKeysFor } from '../delivery/surrogateKeys'
import { queueWebhookDeliveries } from './events'
import { readContext } from '../shared/requestContext'

/** Announces a publication or a withdrawal to the webhooks; drafts are never announced. */
export const announcePublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (readContext(req, 'announcedTogether')) return doc
  const change = publicationChange(doc, previousDoc)
  if (!change) return doc
  const published = change === 'publish'
  await queueWebhookDeliveries(req, {
    event: change,
    collection: collection.slug,
    id: String(doc.id),
    ...(published && typeof doc.slug === 'string' ? { slug: doc.slug } : {}),
    ...(published ? { title: describeDoc(collection, doc) } : {}),
    purgeKeys: purgeKeysFor(collection.slug, doc.id),
    ...(published ? {} : { purge: true }),
    occurredAt: new Date().toISOString(),
  })
  return doc
}
