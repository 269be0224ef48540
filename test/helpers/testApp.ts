import type { Server } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { findSecretsInResponses } from './secretsInResponses'
import { createTestDatabase } from './testDatabase'
import { createPayloadHttpServer } from './payloadHttpServer'

export type TestApp = {
  config: Promise<SanitizedConfig>
  payload: Payload
  server: Server
  /** API keys issued in this spec: no response may contain one. */
  knownSecrets: string[]
  disconnectDatabase: () => Promise<void>
  close: () => Promise<void>
}

/**
 * Boots the real Payload config on a fresh database for one spec file. Extra environment
 * (e.g. ADMIN_EMAIL) is applied before the config is imported, as it would be at start-up.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const database = createTestDatabase()
  Object.assign(process.env, { DATABASE_URI: database.uri }, env)
  const { default: config } = (await import('../../src/payload.config')) as {
    default: Promise<SanitizedConfig>
  }
  const payload = await getPayload({ config })
  const bodies: string[] = []
  const knownSecrets: string[] = []
  const server = createPayloadHttpServer(config, (body) => bodies.push(body))
  return {
    config,
    payload,
    server,
    knownSecrets,
    disconnectDatabase: () => database.disconnect(payload),
    close: async () => {
      await payload.destroy()
      await database.drop(payload)
      const leaks = findSecretsInResponses(bodies, knownSecrets)
      if (leaks.length) throw new Error(`Secrets in HTTP responses:\n${leaks.join('\n')}`)
    },
  }
}
