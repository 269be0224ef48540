import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Binary } from 'mongodb'
import type { Payload } from 'payload'

import type { Encoding } from './bytes/pageEncodings'

import { MONGO_BYTE_FIELDS, SQLITE_BYTE_COLUMNS } from './bytes/storedPageBytes'

/** What says whether a copy of a stored page is current: two small columns. */
export type StoredPageValidator = { etag: string; status: number }

/** A stored page with the bytes of one encoding (null: stored before its encodings were). */
export type StoredPageRead = StoredPageValidator & {
  cacheKeys: null | string
  bytes: null | Uint8Array
}

export type StoredPageReader = {
  validator: (slug: string) => Promise<null | StoredPageValidator>
  page: (slug: string, encoding: Encoding) => Promise<null | StoredPageRead>
}

const SQLITE_BYTES: Record<Encoding, string> = {
  identity: 'cast(body as blob)',
  gzip: SQLITE_BYTE_COLUMNS.gzip,
  br: SQLITE_BYTE_COLUMNS.br,
}

const sqliteReader = (payload: Payload): StoredPageReader => {
  const { client } = payload.db as unknown as SQLiteAdapter
  const pageStatements = Object.fromEntries(
    Object.entries(SQLITE_BYTES).map(([encoding, column]) => [
      encoding,
      `select etag, status, cache_keys, ${column} as bytes from delivered_pages where slug = ? limit 1`,
    ]),
  ) as Record<Encoding, string>
  const VALIDATOR = 'select etag, status from delivered_pages where slug = ? limit 1'
  return {
    validator: async (slug) => {
      const row = (await client.execute({ sql: VALIDATOR, args: [slug] })).rows[0]
      return row ? { etag: String(row.etag), status: Number(row.status) } : null
    },
    page: async (slug, encoding) => {
      const row = (await client.execute({ sql: pageStatements[encoding], args: [slug] })).rows[0]
      if (!row) return null
      return {
        etag: String(row.etag),
        status: Number(row.status),
        cacheKeys: row.cache_keys === null ? null : String(row.cache_keys),
        bytes: row.bytes ? new Uint8Array(row.bytes as ArrayBuffer) : null,
      }
    },
  }
}

const mongoReader = (payload: Payload): StoredPageReader => {
  const pages = (payload.db as unknown as MongooseAdapter).collections['delivered-pages'].collection
  const VALIDATOR = { _id: 0, etag: 1, status: 1 } as const
  // A page stored before its bytes were (until the page_encodings migration runs): its text.
  const legacyBody = async (slug: string) => {
    const doc = await pages.findOne({ slug }, { projection: { _id: 0, body: 1 } })
    return typeof doc?.body === 'string' ? new TextEncoder().encode(doc.body) : null
  }
  return {
    validator: async (slug) => {
      const doc = await pages.findOne({ slug }, { projection: VALIDATOR })
      return doc ? { etag: String(doc.etag), status: Number(doc.status) } : null
    },
    page: async (slug, encoding) => {
      const field = MONGO_BYTE_FIELDS[encoding]
      const doc = await pages.findOne(
        { slug },
        { projection: { ...VALIDATOR, cacheKeys: 1, [field]: 1 } },
      )
      if (!doc) return null
      const bytes = doc[field] as Binary | undefined
      return {
        etag: String(doc.etag),
        status: Number(doc.status),
        cacheKeys: typeof doc.cacheKeys === 'string' ? doc.cacheKeys : null,
        bytes: bytes ? bytes.buffer : encoding === 'identity' ? await legacyBody(slug) : null,
      }
    },
  }
}

/**
 * Reads one stored page by slug with a single query on the driver, without Payload's query
 * building and row transformation (what `payload.db.findOne` costs per call): its validator
 * alone, or with the bytes of one encoding, never decoded into a string.
 */
export const storedPageReader = (payload: Payload): StoredPageReader => {
  if (payload.db.name === 'sqlite') return sqliteReader(payload)
  if (payload.db.name === 'mongoose') return mongoReader(payload)
  throw new Error(`The delivery store needs SQLite or MongoDB, not ${payload.db.name}`)
}
