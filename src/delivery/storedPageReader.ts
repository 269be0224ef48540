import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export type StoredPage = { body: string; etag: string; status: number; cacheKeys: null | string }

const FIELDS = { body: true, etag: true, status: true, cacheKeys: true } as const

/**
 * Reads one stored page by slug with a single query on the driver, without Payload's query
 * building and row transformation (what `payload.db.findOne` costs per call). The columns are
 * those of the `delivered-pages` collection; another adapter falls back to `payload.db.findOne`.
 */
export const storedPageReader = (
  payload: Payload,
): ((slug: string) => Promise<null | StoredPage>) => {
  if (payload.db.name === 'sqlite') {
    const { client } = payload.db as unknown as SQLiteAdapter
    return async (slug) => {
      const { rows } = await client.execute({
        sql: 'select body, etag, status, cache_keys from delivered_pages where slug = ? limit 1',
        args: [slug],
      })
      const row = rows[0]
      return row
        ? {
            body: String(row.body),
            etag: String(row.etag),
            status: Number(row.status),
            cacheKeys: row.cache_keys === null ? null : String(row.cache_keys),
          }
        : null
    }
  }
  if (payload.db.name === 'mongoose') {
    const pages = (payload.db as unknown as MongooseAdapter).collections['delivered-pages']
      .collection
    return async (slug) => {
      const page = await pages.findOne({ slug }, { projection: { _id: 0, ...FIELDS } })
      return page
        ? {
            body: String(page.body),
            etag: String(page.etag),
            status: Number(page.status),
            cacheKeys: typeof page.cacheKeys === 'string' ? page.cacheKeys : null,
          }
        : null
    }
  }
  return async (slug) =>
    (await payload.db.findOne({
      collection: 'delivered-pages',
      where: { slug: { equals: slug } },
      select: FIELDS,
    })) as null | StoredPage
}
