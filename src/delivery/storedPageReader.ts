import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Binary } from 'mongodb'
import type { Payload } from 'payload'

import type { Encoding } from './bytes/pageEncodings'

import { MONGO_BYTE_FIELDS, SQLITE_BYTE_COLUMNS } from './bytes/storedPageBytes'

/** What identifies a stored page's current content: one small read validates a copy in memory. */
export type StoredPageMeta = { etag: string; status: number; cacheKeys: null | string }

/** The meta, and the bytes of one encoding when they were asked for (null: not stored yet). */
export type StoredPageRead = StoredPageMeta & { bytes?: null | Uint8Array }

export type StoredPageReader = (slug: string, encoding?: Encoding) => Promise<null | StoredPageRead>

const SQLITE_BYTES: Record<Encoding, string> = {
  identity: 'cast(body as blob)',
  gzip: SQLITE_BYTE_COLUMNS.gzip,
  br: SQLITE_BYTE_COLUMNS.br,
}

const sqliteReader = (payload: Payload): StoredPageReader => {
  const { client } = payload.db as unknown as SQLiteAdapter
  const statements = Object.fromEntries(
    [...Object.entries(SQLITE_BYTES), ['meta', undefined]].map(([key, column]) => [
      key,
      `select etag, status, cache_keys${column ? `, ${column} as bytes` : ''} from delivered_pages where slug = ? limit 1`,
    ]),
  )
  return async (slug, encoding) => {
    const { rows } = await client.execute({
      sql: statements[encoding ?? 'meta'],
      args: [slug],
    })
    const row = rows[0]
    if (!row) return null
    const page: StoredPageRead = {
      etag: String(row.etag),
      status: Number(row.status),
      cacheKeys: row.cache_keys === null ? null : String(row.cache_keys),
    }
    if (encoding) page.bytes = row.bytes ? new Uint8Array(row.bytes as ArrayBuffer) : null
    return page
  }
}

const mongoReader = (payload: Payload): StoredPageReader => {
  const pages = (payload.db as unknown as MongooseAdapter).collections['delivered-pages'].collection
  const META = { _id: 0, etag: 1, status: 1, cacheKeys: 1 } as const
  // A page stored before its bytes were (until the page_encodings migration runs): its text.
  const legacyBody = async (slug: string) => {
    const doc = await pages.findOne({ slug }, { projection: { _id: 0, body: 1 } })
    return typeof doc?.body === 'string' ? new TextEncoder().encode(doc.body) : null
  }
  return async (slug, encoding) => {
    const projection = encoding ? { ...META, [MONGO_BYTE_FIELDS[encoding]]: 1 } : META
    const doc = await pages.findOne({ slug }, { projection })
    if (!doc) return null
    const page: StoredPageRead = {
      etag: String(doc.etag),
      status: Number(doc.status),
      cacheKeys: typeof doc.cacheKeys === 'string' ? doc.cacheKeys : null,
    }
    if (encoding) {
      const bytes = doc[MONGO_BYTE_FIELDS[encoding]] as Binary | undefined
      page.bytes = bytes ? bytes.buffer : encoding === 'identity' ? await legacyBody(slug) : null
    }
    return page
  }
}

/**
 * Reads one stored page by slug with a single query on the driver, without Payload's query
 * building and row transformation (what `payload.db.findOne` costs per call): its meta alone, or
 * with the bytes of one encoding, never decoded into a string.
 */
export const storedPageReader = (payload: Payload): StoredPageReader => {
  if (payload.db.name === 'sqlite') return sqliteReader(payload)
  if (payload.db.name === 'mongoose') return mongoReader(payload)
  throw new Error(`The delivery store needs SQLite or MongoDB, not ${payload.db.name}`)
}
