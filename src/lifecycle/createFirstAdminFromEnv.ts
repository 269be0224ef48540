import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'

import { passwordProblem } from '../validation/passwordPolicy'

/** On an empty database, creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when both are set. */
export const createFirstAdminFromEnv =
  (env: Pick<AppEnv, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>) =>
  async (payload: Payload): Promise<void> => {
    if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs > 0) return
    // Said in the operator's terms: the account's own refusal would only name the field.
    const problem = passwordProblem(env.ADMIN_PASSWORD, env.ADMIN_EMAIL)
    if (problem) throw new Error(`ADMIN_PASSWORD is refused: ${problem}.`)
    await payload.create({
      collection: 'users',
      data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: 'admin' },
    })
    payload.logger.info(`Created the first admin account ${env.ADMIN_EMAIL}`)
  }
