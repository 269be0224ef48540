import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AppEnv } from '../config/env'

import { addPageByteColumns } from '../delivery/bytes/storedPageBytes'
import { migrations } from '../migrations'
import { ferretDBOptions } from './ferretdbCompatibility'
import { mongoMigrations } from './mongoMigrations'
import { indexHasManyTextParents } from './parentIndexes'

const MIGRATION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

export const DEFAULT_SQLITE_URI = 'file:./data/medreview.db'

const SQLITE_BUSY_TIMEOUT_MS = 10_000

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

const ensureSqliteDirectory = (uri: string): void => {
  const filePath = uri.replace(/^file:/, '')
  if (filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

export const databaseAdapter = (env: AppEnv): DatabaseAdapterObj => {
  const uri = env.DATABASE_URI ?? DEFAULT_SQLITE_URI
  if (isMongoUri(uri)) {
    return mongooseAdapter({
      url: uri,
      prodMigrations: mongoMigrations,
      ...(env.MONGODB_COMPAT === 'ferretdb' ? ferretDBOptions : {}),
    })
  }
  ensureSqliteDirectory(uri)
  return sqliteAdapter({
    afterSchemaInit: [indexHasManyTextParents, addPageByteColumns],
    // Several processes on one file (instances starting together, a CLI beside the server) wait
    // for each other's write lock instead of failing at once with SQLITE_BUSY.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    client: { url: uri },
    // UUIDs so both adapters hand API consumers string IDs of one shape.
    idType: 'uuid',
    // Development pushes the schema; a production server (`npm start`) applies these at start-up.
    migrationDir: MIGRATION_DIR,
    prodMigrations: migrations,
  })
}
