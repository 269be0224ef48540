import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { DeliveredPage } from '../payload-types'

type ListPage = { entries: unknown[]; total: number }

/**
 * The stored list entries of servable pages, by slug, one page of them. One indexed query and a
 * count on the driver; another adapter goes through `payload.db.find`.
 */
const readListPage = async (payload: Payload, page: number, limit: number): Promise<ListPage> => {
  const offset = (page - 1) * limit
  if (payload.db.name === 'sqlite') {
    const { client } = payload.db as unknown as SQLiteAdapter
    const [rows, count] = await client.batch(
      [
        {
          sql: 'select list_entry from delivered_pages where status = 200 order by slug limit ? offset ?',
          args: [limit, offset],
        },
        'select count(*) as total from delivered_pages where status = 200',
      ],
      'read',
    )
    return {
      entries: rows.rows.map((row) => JSON.parse(String(row.list_entry))),
      total: Number(count.rows[0].total),
    }
  }
  if (payload.db.name === 'mongoose') {
    const pages = (payload.db as unknown as MongooseAdapter).collections['delivered-pages']
      .collection
    const [docs, total] = await Promise.all([
      pages
        .find({ status: 200 }, { projection: { _id: 0, listEntry: 1 } })
        .sort({ slug: 1 })
        .skip(offset)
        .limit(limit)
        .toArray(),
      pages.countDocuments({ status: 200 }),
    ])
    return { entries: docs.map((doc) => doc.listEntry), total }
  }
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
    entries: (result.docs as Pick<DeliveredPage, 'listEntry'>[]).map((doc) => doc.listEntry),
    total: result.totalDocs,
  }
}

/** One page of the live articles' list entries, by slug, for sitemaps and indexes. */
export const listPublishedArticles = async (payload: Payload, page: number, limit: number) => {
  const { entries, total } = await readListPage(payload, page, limit)
  return {
    docs: entries,
    page,
    totalPages: Math.ceil(total / limit),
    totalDocs: total,
  }
}
