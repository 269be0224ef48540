import { getPayload } from 'payload'

import config from '../src/payload.config'
import { seedDatabase } from './seedDatabase'

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
