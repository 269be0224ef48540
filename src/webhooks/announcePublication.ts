import type { PayloadRequest } from 'payload'

import type { WorkflowEventOf } from '../workflow/events'

import { purgeKeysFor } from '../delivery/surrogateKeys'
import { describeIn } from '../shared/describe'
import { readContext } from '../shared/requestContext'
import { queueWebhookDeliveries } from './events'

/** Announces a publication or a withdrawal to the webhooks (the workflow events of that name). */
export const announcePublication = async (
  req: PayloadRequest,
  { name, collection, doc }: WorkflowEventOf<'published' | 'withdrawn'>,
): Promise<void> => {
  if (readContext(req, 'announcedTogether')) return
  const published = name === 'published'
  await queueWebhookDeliveries(req, {
    event: published ? 'publish' : 'withdraw',
    collection,
    id: String(doc.id),
    ...(published && typeof doc.slug === 'string' ? { slug: doc.slug } : {}),
    ...(published ? { title: describeIn(req, collection, doc) } : {}),
    purgeKeys: purgeKeysFor(collection, doc.id),
    ...(published ? {} : { purge: true }),
    occurredAt: new Date().toISOString(),
  })
}
