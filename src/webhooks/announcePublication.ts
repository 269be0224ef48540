import type { CollectionAfterChangeHook } from 'payload'

import { describeDoc } from '../shared/describe'
import { queueWebhookDeliveries } from './events'

/** Announces a publication or a withdrawal to the webhooks; drafts are never announced. */
export const announcePublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const published = doc._status === 'published' && previousDoc?._status !== 'published'
  const withdrawn = doc.workflowState === 'withdrawn' && previousDoc?.workflowState !== 'withdrawn'
  if (!published && !withdrawn) return doc
  await queueWebhookDeliveries(req, {
    event: published ? 'publish' : 'withdraw',
    collection: collection.slug,
    id: String(doc.id),
    ...(published && typeof doc.slug === 'string' ? { slug: doc.slug } : {}),
    ...(published ? { title: describeDoc(collection, doc) } : {}),
    occurredAt: new Date().toISOString(),
  })
  return doc
}
