import { randomBytes } from 'node:crypto'
import { z } from 'zod'

import type { Role } from '../src/access/roles'

const DAY_MS = 24 * 3600 * 1000

const seedEnvSchema = z.object({
  DEMO_PASSWORD: z
    .string()
    .min(12, 'DEMO_PASSWORD must be at least 12 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
})

export type DemoUser = {
  role: Role
  email: string
  fullName: string
  credentials?: string
  licenceNumber?: string
  licenceExpiresAt?: string
}

/** One fictional account per role, so a new user can try the whole workflow. */
export const demoUsers = (now = new Date()): DemoUser[] => [
  { role: 'admin', email: 'admin@medreview.example', fullName: 'Ada Admin' },
  { role: 'editor', email: 'editor@medreview.example', fullName: 'Eddie Editor' },
  { role: 'writer', email: 'writer@medreview.example', fullName: 'Wendy Writer' },
  {
    role: 'reviewer',
    email: 'reviewer@medreview.example',
    fullName: 'Riya Reviewer',
    credentials: 'PharmD, RPh',
    licenceNumber: 'RPH-DEMO-0001',
    licenceExpiresAt: new Date(now.getTime() + 2 * 365 * DAY_MS).toISOString(),
  },
]

/** DEMO_PASSWORD for every demo account when set; otherwise a random one per account. */
export const demoPassword = (env: NodeJS.ProcessEnv = process.env): (() => string) => {
  const { DEMO_PASSWORD } = seedEnvSchema.parse(env)
  return () => DEMO_PASSWORD ?? randomBytes(12).toString('base64url')
}
