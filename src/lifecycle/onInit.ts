import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'

import { seedDatabase } from '../../seed/seedDatabase'
import { createFirstAdminFromEnv } from './createFirstAdminFromEnv'

export const onInit =
  (env: AppEnv) =>
  async (payload: Payload): Promise<void> => {
    await createFirstAdminFromEnv(env)(payload)
    if (env.SEED_DEMO_CONTENT) await seedDatabase(payload)
  }
