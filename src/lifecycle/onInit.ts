import type { Payload } from 'payload'

import type { AppEnv } from '../config/env'

import { restrictEditLocks } from '../lockedDocuments/lockAccess'
import { createFirstAdminFromEnv } from './createFirstAdminFromEnv'
import { fillEmptyPageStore } from './fillEmptyPageStore'
import { logRefusalsByStatus } from './logRefusalsByStatus'

export const onInit =
  (env: AppEnv) =>
  async (payload: Payload): Promise<void> => {
    restrictEditLocks(payload)
    logRefusalsByStatus(payload)
    await createFirstAdminFromEnv(env)(payload)
    await fillEmptyPageStore(payload)
    if (!env.SEED_DEMO_CONTENT) return
    // Loaded only when seeding, so a server that does not seed does not carry the seed content.
    const { seedDatabase } = await import('../../seed/seedDatabase')
    await seedDatabase(payload)
  }
