import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { createThrowawayDatabase } from './throwawayDatabase'

export type ThrowawayApp = {
  config: Promise<SanitizedConfig>
  payload: Payload
  disconnectDatabase: () => Promise<void>
  close: () => Promise<void>
}

/** No spec or benchmark reaches the internet: outside services answer "refused" unless a spec starts fixtures. */
const CLOSED_PORT = 'http://127.0.0.1:9'
const NO_OUTSIDE_SERVICES = {
  CROSSREF_URL: CLOSED_PORT,
  NCBI_EUTILS_URL: CLOSED_PORT,
  DAILYMED_URL: CLOSED_PORT,
}

/**
 * The real Payload config on a fresh database of its own (removed by `close`), for a spec file or a
 * benchmark. Extra environment (e.g. ADMIN_EMAIL) is applied before the config is imported, as it
 * would be at start-up.
 */
export const startThrowawayApp = async (
  env: Record<string, string> = {},
): Promise<ThrowawayApp> => {
  const database = createThrowawayDatabase()
  Object.assign(process.env, { DATABASE_URI: database.uri, ...NO_OUTSIDE_SERVICES }, env)
  const { default: config } = (await import('../src/payload.config')) as {
    default: Promise<SanitizedConfig>
  }
  const payload = await getPayload({ config })
  return {
    config,
    payload,
    disconnectDatabase: () => database.disconnect(payload),
    close: async () => {
      await payload.destroy()
      await database.drop(payload)
    },
  }
}
