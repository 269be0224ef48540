import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'

/** On an empty database, creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when both are set. */
export const createFirstAdminFromEnv =
  (env: Pick<AppEnv, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>) =>
  async (payload: Payload): Promise<void> => {
    if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs > 0) return
    await payload.create({
      collection: 'users',
      data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: 'admin' },
    })
    payload.logger.info(`Created the first admin account ${env.ADMIN_EMAIL}`)
  }
