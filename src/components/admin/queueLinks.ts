import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { ReviewQueue } from '../../workflow/queues'

import { settingsOf } from '../../config/settings'

/** `{ a: { equals: 'x' } }` as the admin list reads it from the URL: `where[a][equals]=x`. */
const whereParams = (value: unknown, prefix: string, params: URLSearchParams): URLSearchParams => {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      whereParams(inner, `${prefix}[${key}]`, params)
  } else {
    params.append(prefix, String(value))
  }
  return params
}

export const listUrl = (adminRoute: string, collection: string, where: Where): string =>
  `${adminRoute}/collections/${collection}?${whereParams(where, 'where', new URLSearchParams()).toString()}`

/** Matches no document: an empty `in` would drop out of the URL and match every one. */
const NOTHING: Where = { id: { exists: false } }

/**
 * The admin list showing a queue's documents. The list reads each document's latest version; a
 * queue about live content (overdue) is judged on the live one, so it is linked by its ids.
 */
export const queueUrl = async (
  payload: Payload,
  collection: CollectionSlug,
  queue: ReviewQueue,
  user: PayloadRequest['user'],
  now: Date,
): Promise<string> => {
  const adminRoute = payload.config.routes.admin
  const where = queue.where(user, now, settingsOf(payload))
  if (queue.draft) return listUrl(adminRoute, collection, where)
  const { docs } = await payload.find({
    collection,
    where,
    draft: false,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    user,
  })
  const ids = docs.map((doc) => String(doc.id))
  return listUrl(adminRoute, collection, ids.length ? { id: { in: ids } } : NOTHING)
}

/** A document's edit view. */
export const editUrl = (adminRoute: string, collection: string, id: string): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(id)}`
