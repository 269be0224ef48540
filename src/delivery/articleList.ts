import type { Payload } from 'payload'

import type { DeliveredPage } from '../payload-types'

/** One page of the stored list entries of live articles, by slug, for sitemaps and indexes. */
export const listPublishedArticles = async (payload: Payload, page: number, limit: number) => {
  const result = await payload.db.find({
    collection: 'delivered-pages',
    where: { status: { equals: 200 } },
    select: { listEntry: true },
    sort: 'slug',
    page,
    limit,
    pagination: true,
  })
  return {
    docs: (result.docs as Pick<DeliveredPage, 'listEntry'>[]).map((stored) => stored.listEntry),
    page: result.page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
