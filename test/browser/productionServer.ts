import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { newTotpSecret } from '../../src/auth/secondFactor/totp'
import { startNextServer } from '../../support/nextStart'
import { Authenticator } from './authenticator'

export type ProductionServer = {
  url: string
  /** The environment it was started with (database, secret): another process may share them. */
  env: Record<string, string>
  demoPassword: string
  /** The demo reviewer's authenticator (DEMO_TOTP_SECRET): the seed enrols them with it. */
  reviewerAuthenticator: Authenticator
  stop: () => Promise<void>
  log: () => string
}

/**
 * `next start` on the production build (`npm run build` first) with a fresh embedded SQLite
 * file: Payload applies the migrations and the seed loads the demo content and accounts.
 */
export const startProductionServer = async (
  extraEnv: Record<string, string> = {},
): Promise<ProductionServer> => {
  const directory = mkdtempSync(path.join(tmpdir(), 'medreview-browser-'))
  const demoPassword = randomBytes(12).toString('base64url')
  const totpSecret = newTotpSecret()
  try {
    const env = {
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URI: `file:${path.join(directory, 'cms.db')}`,
      SEED_DEMO_CONTENT: 'true',
      DEMO_PASSWORD: demoPassword,
      DEMO_TOTP_SECRET: totpSecret,
      ...extraEnv,
    }
    const server = await startNextServer(env)
    return {
      ...server,
      env,
      demoPassword,
      reviewerAuthenticator: new Authenticator(totpSecret),
      stop: async () => {
        await server.stop()
        rmSync(directory, { recursive: true, force: true })
      },
    }
  } catch (error) {
    rmSync(directory, { recursive: true, force: true })
    throw error
  }
}
