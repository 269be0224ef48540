import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { BSON, MongoClient } from 'mongodb'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type ThrowawayDatabase = {
  uri: string
  /** Fills the new database from a template file (see `saveAsTemplate`) before the app connects. */
  fillFrom: (templateFile: string) => Promise<void>
  /** Cuts the app off from its database, as an outage would. */
  disconnect: (payload: Payload) => Promise<void>
  /** Writes the database's content to `templateFile`, after the app was closed. */
  saveAsTemplate: (templateFile: string) => Promise<void>
  drop: (payload: Payload) => Promise<void>
}

/** Puts a database name into a MongoDB URI, keeping hosts and options (also for mongodb+srv). */
export const withDatabaseName = (uri: string, databaseName: string): string => {
  const match = uri.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!match) throw new Error(`MONGODB_URI is not a MongoDB URI: ${uri}`)
  return `${match[1]}/${databaseName}${match[2] ?? ''}`
}

const withMongoClient = async <T>(uri: string, work: (client: MongoClient) => Promise<T>) => {
  const client = new MongoClient(uri)
  try {
    return await work(client)
  } finally {
    await client.close()
  }
}

type MongoTemplate = Record<string, Record<string, unknown>[]>

const createMongoDatabase = (): ThrowawayDatabase => {
  const baseUri = process.env.MONGODB_URI
  if (!baseUri) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
  const uri = withDatabaseName(baseUri, `medreview_test_${randomUUID().slice(0, 8)}`)
  return {
    uri,
    // Documents only (canonical EJSON keeps ObjectIds and dates): Payload builds the indexes when
    // it connects, as on a fresh database. Plain inserts, so it works on MongoDB and FerretDB alike.
    fillFrom: (templateFile) =>
      withMongoClient(uri, async (client) => {
        const template = BSON.EJSON.parse(fs.readFileSync(templateFile, 'utf8'), {
          relaxed: false,
        }) as MongoTemplate
        for (const [name, documents] of Object.entries(template)) {
          if (documents.length) await client.db().collection(name).insertMany(documents)
        }
      }),
    disconnect: async (payload) => {
      await (payload.db as unknown as MongooseAdapter).connection?.close()
    },
    saveAsTemplate: (templateFile) =>
      withMongoClient(uri, async (client) => {
        const template: MongoTemplate = {}
        for (const { name } of await client
          .db()
          .listCollections({}, { nameOnly: true })
          .toArray()) {
          if (name.startsWith('system.')) continue
          template[name] = await client.db().collection(name).find().toArray()
        }
        fs.writeFileSync(templateFile, BSON.EJSON.stringify(template, { relaxed: false }))
      }),
    // Its own client, so the database is dropped even after a spec cut Payload's connection.
    drop: () =>
      withMongoClient(uri, (client) =>
        client
          .db()
          .dropDatabase()
          .then(() => undefined),
      ),
  }
}

const createSqliteDatabase = (): ThrowawayDatabase => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'medreview-test-'))
  const file = path.join(directory, 'test.db')
  return {
    uri: `file:${file}`,
    // No journal beside the file (the adapter keeps SQLite's default rollback journal), so the
    // file is the whole database.
    fillFrom: async (templateFile) => fs.copyFileSync(templateFile, file),
    disconnect: async (payload) => {
      ;(payload.db as unknown as SQLiteAdapter).client.close()
    },
    saveAsTemplate: async (templateFile) => fs.copyFileSync(file, templateFile),
    // Payload's SQLite destroy() leaves the libsql client open, so close it before removing the file.
    drop: async (payload) => {
      ;(payload.db as unknown as SQLiteAdapter).client.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

/** A fresh, empty database (for a spec file or a benchmark), on the adapter TEST_DATABASE names. */
export const createThrowawayDatabase = (): ThrowawayDatabase =>
  process.env.TEST_DATABASE === 'mongodb' ? createMongoDatabase() : createSqliteDatabase()
