import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { z } from 'zod'

import type { Role } from '../src/access/roles'
import type { User } from '../src/payload-types'

import { passwordProblem } from '../src/validation/passwordPolicy'

const DAY_MS = 24 * 3600 * 1000

const seedEnvSchema = z.object({
  DEMO_PASSWORD: z
    .string()
    .superRefine((password, context) => {
      const problem = [undefined, ...demoUsers().map((demo) => demo.email)]
        .map((email) => passwordProblem(password, email))
        .find(Boolean)
      if (problem) context.addIssue({ code: 'custom', message: `DEMO_PASSWORD: ${problem}` })
    })
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
  licenceIssuer?: string
  licenceVerificationSource?: string
  licenceVerifiedAt?: string
  licenceReverifyBy?: string
}

/** One fictional account per role, so a new user can try the whole workflow. */
export const demoUsers = (now = new Date()): DemoUser[] => [
  { role: 'admin', email: 'admin@medreview.example', fullName: 'Ada Admin' },
  { role: 'editor', email: 'editor@medreview.example', fullName: 'Eddie Editor' },
  { role: 'writer', email: 'writer@medreview.example', fullName: 'Wendy Writer' },
  { role: 'qa', email: 'qa@medreview.example', fullName: 'Quinn QA' },
  {
    role: 'reviewer',
    email: 'reviewer@medreview.example',
    fullName: 'Riya Reviewer',
    credentials: 'PharmD, RPh',
    licenceNumber: 'RPH-DEMO-0001',
    licenceExpiresAt: new Date(now.getTime() + 2 * 365 * DAY_MS).toISOString(),
    licenceIssuer: 'Demo Board of Pharmacy (fictional)',
    licenceVerificationSource: 'Demo data: not checked against a real register',
    licenceVerifiedAt: now.toISOString(),
    licenceReverifyBy: new Date(now.getTime() + 365 * DAY_MS).toISOString(),
  },
]

/**
 * DEMO_PASSWORD for every demo account when set (held to the password policy); otherwise a random
 * one per account: 16 random URL-safe characters, which the policy lets through.
 */
export const demoPassword = (env: NodeJS.ProcessEnv = process.env): (() => string) => {
  const { DEMO_PASSWORD } = seedEnvSchema.parse(env)
  return () => DEMO_PASSWORD ?? randomBytes(12).toString('base64url')
}

/**
 * Creates the demo accounts that are missing. Returns every demo account, and the passwords
 * known to this run: those just generated, or DEMO_PASSWORD.
 */
export const ensureDemoUsers = async (payload: Payload, created: Record<string, number>) => {
  const { DEMO_PASSWORD } = seedEnvSchema.parse(process.env)
  const nextPassword = demoPassword()
  const users = {} as Record<Role, User>
  const passwords: Partial<Record<Role, string>> = {}
  for (const demo of demoUsers()) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: demo.email } },
      limit: 1,
    })
    if (docs[0]) {
      users[demo.role] = docs[0]
      if (DEMO_PASSWORD) passwords[demo.role] = DEMO_PASSWORD
      continue
    }
    const password = nextPassword()
    users[demo.role] = await payload.create({ collection: 'users', data: { ...demo, password } })
    passwords[demo.role] = password
    created.users = (created.users ?? 0) + 1
    // A generated password is printed once, when the account is made; it is stored nowhere
    // readable. One set in DEMO_PASSWORD is the operator's and stays out of the logs.
    payload.logger.info(
      `Demo ${demo.role}: ${demo.email} / ${DEMO_PASSWORD ? '(DEMO_PASSWORD)' : password}`,
    )
  }
  return { users, passwords }
}
