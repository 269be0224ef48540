import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { createThrowawayDatabase } from './throwawayDatabase'

export type ThrowawayApp = {
  config: Promise<SanitizedConfig>
  payload: Payload
  disconnectDatabase: () => Promise<void>
  close: () => Promise<void>
  /** Closes the app and keeps its database as a template file for later apps (see `template`). */
  closeAsTemplate: (templateFile: string) => Promise<void>
}

export type ThrowawayAppOptions = {
  /**
   * A database saved by `closeAsTemplate` (same code, same adapter): the app starts on a copy of
   * it instead of an empty database, and SQLite skips Payload's development schema push, since
   * the copy already has the schema this code pushes.
   */
  template?: string
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
  { template }: ThrowawayAppOptions = {},
): Promise<ThrowawayApp> => {
  const database = createThrowawayDatabase()
  if (template) {
    await database.fillFrom(template)
    // Read by @payloadcms/db-sqlite's connect() only: no development push (`payload migrate` sets it).
    process.env.PAYLOAD_MIGRATING = 'true'
  }
  Object.assign(process.env, { DATABASE_URI: database.uri, ...NO_OUTSIDE_SERVICES }, env)
  const { default: config } = (await import('../src/payload.config')) as {
    default: Promise<SanitizedConfig>
  }
  const payload = await getPayload({ config }).finally(() => {
    // Workers run several spec files in one process: the next start decides for itself.
    if (template) delete process.env.PAYLOAD_MIGRATING
  })
  return {
    config,
    payload,
    disconnectDatabase: () => database.disconnect(payload),
    close: async () => {
      await payload.destroy()
      await database.drop(payload)
    },
    closeAsTemplate: async (templateFile) => {
      await payload.destroy()
      await database.disconnect(payload)
      await database.saveAsTemplate(templateFile)
      await database.drop(payload)
    },
  }
}
