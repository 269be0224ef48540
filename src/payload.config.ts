import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Users } from './collections/Users'
import { readEnv } from './config/env'
import { databaseAdapter } from './database/adapter'
import { healthEndpoint } from './endpoints/health'
import { createFirstAdminFromEnv } from './lifecycle/createFirstAdminFromEnv'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · MedReview CMS' },
  },
  collections: [Users],
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  endpoints: [healthEndpoint],
  onInit: createFirstAdminFromEnv(env),
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  telemetry: false,
  typescript: {
    autoGenerate: env.NODE_ENV === 'development',
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
