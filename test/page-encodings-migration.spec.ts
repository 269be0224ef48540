import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { afterAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { mongoMigrations } from '../src/database/mongoMigrations'
import { checkStoredPages } from '../src/delivery/storedPagesCheck'
import { storedPageReader } from '../src/delivery/storedPageReader'
import { up as addPageEncodings } from '../src/migrations/20261203_135222_page_encodings'
import { decodedText, rawRequest } from '../support/rawHttp'
import { useSeededTeamApp } from './helpers/teamApp'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'
const PAGE = `/api/delivery/articles/${SLUG}`

/**
 * Upgrading a database whose pages were stored before their encodings were: the migration of the
 * database under test (SQLite's page_encodings, MongoDB's start-up data migration) gives every
 * stored page its gzip and Brotli bytes and changes neither its bytes nor its ETag.
 */
describe('stored pages gain their encodings on upgrade', () => {
  const ctx = useSeededTeamApp()
  afterAll(() => new Promise<void>((resolve) => ctx.app.server.close(() => resolve())))

  /** The store as the previous version left it: no encoded bytes. */
  const forgetEncodings = async () => {
    const { payload } = ctx.app
    if (payload.db.name === 'mongoose') {
      await (payload.db as unknown as MongooseAdapter).collections[
        'delivered-pages'
      ].collection.updateMany({}, { $unset: { bodyIdentity: '', bodyGzip: '', bodyBr: '' } })
      return
    }
    const db = (payload.db as unknown as SQLiteAdapter).drizzle
    await db.run(sql`ALTER TABLE delivered_pages DROP COLUMN body_gzip`)
    await db.run(sql`ALTER TABLE delivered_pages DROP COLUMN body_br`)
  }

  const migrate = async () => {
    const { payload } = ctx.app
    const req = await createLocalReq({}, payload)
    if (payload.db.name === 'mongoose') {
      await mongoMigrations
        .find(({ name }) => name === '20261203_page_encodings')!
        .up({
          payload,
          req,
          session: undefined,
        } as never)
      return
    }
    await addPageEncodings({ db: (payload.db as unknown as SQLiteAdapter).drizzle, payload, req })
  }

  it('keeps every stored page byte-identical, with the same ETag, and serves it in every encoding', async () => {
    const before = await rawRequest(ctx.app.server, 'GET', PAGE, { 'Accept-Encoding': 'identity' })
    expect(before.status).toBe(200)
    await forgetEncodings()
    if (ctx.app.payload.db.name === 'mongoose') {
      // Until the migration runs, an instance encodes such a page when it is asked for it.
      const br = await rawRequest(ctx.app.server, 'GET', PAGE, { 'Accept-Encoding': 'br' })
      expect(decodedText(br)).toBe(before.body.toString('utf8'))
    }
    await migrate()

    const read = storedPageReader(ctx.app.payload).page
    const identity = await read(SLUG, 'identity')
    expect(Buffer.from(identity!.bytes!).equals(before.body)).toBe(true)
    expect(identity!.etag).toBe(before.headers.etag)
    const gzip = await read(SLUG, 'gzip')
    const br = await read(SLUG, 'br')
    expect(gunzipSync(gzip!.bytes!).equals(before.body)).toBe(true)
    expect(brotliDecompressSync(br!.bytes!).equals(before.body)).toBe(true)
    expect(await checkStoredPages(await createLocalReq({}, ctx.app.payload))).toEqual([])

    for (const encoding of ['identity', 'gzip', 'br']) {
      const after = await rawRequest(ctx.app.server, 'GET', PAGE, { 'Accept-Encoding': encoding })
      expect(decodedText(after)).toBe(before.body.toString('utf8'))
      expect(after.headers['content-length']).toBe(String(after.body.byteLength))
    }
  })
})
