import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { MongoClient } from 'mongodb'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type ThrowawayDatabase = {
  uri: string
  /** Cuts the app off from its database, as an outage would. */
  disconnect: (payload: Payload) => Promise<void>
  drop: (payload: Payload) => Promise<void>
}

/** Puts a database name into a MongoDB URI, keeping hosts and options (also for mongodb+srv). */
export const withDatabaseName = (uri: string, databaseName: string): string => {
  const match = uri.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!match) throw new Error(`MONGODB_URI is not a MongoDB URI: ${uri}`)
  return `${match[1]}/${databaseName}${match[2] ?? ''}`
}

const createMongoDatabase = (): ThrowawayDatabase => {
  const baseUri = process.env.MONGODB_URI
  if (!baseUri) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
  const uri = withDatabaseName(baseUri, `medreview_test_${randomUUID().slice(0, 8)}`)
  return {
    uri,
    disconnect: async (payload) => {
      await (payload.db as unknown as MongooseAdapter).connection?.close()
    },
    // Its own client, so the database is dropped even after a spec cut Payload's connection.
    drop: async () => {
      const client = new MongoClient(uri)
      try {
        await client.db().dropDatabase()
      } finally {
        await client.close()
      }
    },
  }
}

const createSqliteDatabase = (): ThrowawayDatabase => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'medreview-test-'))
  return {
    uri: `file:${path.join(directory, 'test.db')}`,
    disconnect: async (payload) => {
      ;(payload.db as unknown as SQLiteAdapter).client.close()
    },
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
