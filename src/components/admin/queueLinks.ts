import type { PayloadRequest, Where } from 'payload'

import type { ReviewQueue } from '../../workflow/queues'

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

export const queueUrl = (
  adminRoute: string,
  collection: string,
  queue: ReviewQueue,
  user: PayloadRequest['user'],
  now: Date,
): string => listUrl(adminRoute, collection, queue.where(user, now))

/** A document's edit view. */
export const editUrl = (adminRoute: string, collection: string, id: string): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(id)}`
