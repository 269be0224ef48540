import { getPayload } from 'payload'

import { seedDatabase } from './seedDatabase'

// This script seeds and reports what it did, so start-up must not seed first.
process.env.SEED_DEMO_CONTENT = 'false'
const { default: config } = await import('../src/payload.config')

const payload = await getPayload({ config })
try {
  const { created } = await seedDatabase(payload)
  const summary = Object.entries(created)
    .map(([collection, count]) => `${count} ${collection}`)
    .join(', ')
  payload.logger.info(summary ? `Seeded ${summary}.` : 'Seed data already present; nothing to do.')
} finally {
  await payload.destroy()
}
process.exit(0)
