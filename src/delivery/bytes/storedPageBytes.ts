import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter, SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { LibSQLDatabase } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { PayloadRequest } from 'payload'

import { eq } from '@payloadcms/db-sqlite/drizzle'
import { blob } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

import type { PageEncodings } from './pageEncodings'

/*
 * A stored page's encoded bytes sit beside its row in `delivered-pages`, in columns Payload's
 * field types cannot express (SQLite blobs, BSON binary), so the delivery read gets bytes and
 * never a string to encode again. On SQLite the identity bytes are the `body` column itself, read
 * with `cast(body as blob)`; MongoDB returns a string field decoded, so it keeps them as binary.
 */

export const SQLITE_BYTE_COLUMNS = { gzip: 'body_gzip', br: 'body_br' } as const

/** Adds the encoded-bytes columns to the SQLite table of `delivered-pages`. */
export const addPageByteColumns: SQLiteSchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.delivered_pages,
    columns: {
      bodyGzip: blob(SQLITE_BYTE_COLUMNS.gzip, { mode: 'buffer' }),
      bodyBr: blob(SQLITE_BYTE_COLUMNS.br, { mode: 'buffer' }),
    },
  })
  return schema
}

export const MONGO_BYTE_FIELDS = {
  identity: 'bodyIdentity',
  gzip: 'bodyGzip',
  br: 'bodyBr',
} as const

const transactionOf = async (req: PayloadRequest) =>
  req.transactionID ? await req.transactionID : undefined

/** Writes a stored page's encodings, in the request's transaction (beside the row's other columns). */
export const writePageBytes = async (
  req: PayloadRequest,
  slug: string,
  encodings: PageEncodings,
): Promise<void> => {
  const { db } = req.payload
  const transactionID = await transactionOf(req)
  if (db.name === 'sqlite') {
    const adapter = db as unknown as SQLiteAdapter
    const drizzle = ((transactionID && adapter.sessions[transactionID]?.db) ||
      adapter.drizzle) as unknown as LibSQLDatabase
    const table = adapter.tables.delivered_pages
    await drizzle
      .update(table)
      .set({ bodyGzip: Buffer.from(encodings.gzip), bodyBr: Buffer.from(encodings.br) })
      .where(eq(table.slug, slug))
    return
  }
  if (db.name === 'mongoose') {
    const adapter = db as unknown as MongooseAdapter
    const session = transactionID ? adapter.sessions[transactionID] : undefined
    await adapter.collections['delivered-pages'].collection.updateOne(
      { slug },
      {
        $set: Object.fromEntries(
          Object.entries(MONGO_BYTE_FIELDS).map(([encoding, field]) => [
            field,
            // A Buffer is stored as BSON binary by whichever bson the adapter's driver bundles.
            Buffer.from(encodings[encoding as keyof PageEncodings]),
          ]),
        ),
      },
      session ? { session } : {},
    )
    return
  }
  throw new Error(`Stored page bytes need SQLite or MongoDB, not ${db.name}`)
}
