import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import request from 'supertest'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

export type ReviewerProfile = {
  fullName: string
  credentials: string
  licenceNumber: string
  licenceExpiresAt: string
  licenceIssuer: string
  licenceVerificationSource: string
  licenceVerifiedAt: string | null
  licenceReverifyBy: string | null
}

export const reviewerProfile = (): ReviewerProfile => ({
  fullName: 'Jane Doe',
  credentials: 'PharmD, RPh',
  licenceNumber: 'RPH-123456',
  licenceExpiresAt: new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
  licenceIssuer: 'State Board of Pharmacy (test)',
  licenceVerificationSource: 'https://register.example.test/',
  licenceVerifiedAt: new Date(Date.now() - 24 * 3600 * 1000).toISOString(),
  licenceReverifyBy: new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
})

export const uniqueEmail = (role: string): string =>
  `${role}-${randomUUID().slice(0, 8)}@example.test`

/** Fixture set-up through the Local API; the behaviour under test always goes over HTTP. */
export const createUser = async (
  payload: Payload,
  role: Role,
  overrides: Partial<ReviewerProfile & { email: string; password: string }> = {},
): Promise<User & { password: string }> => {
  const data = {
    email: uniqueEmail(role),
    password: TEST_PASSWORD,
    role,
    ...(role === 'reviewer' ? reviewerProfile() : {}),
    ...overrides,
  }
  const user = await payload.create({ collection: 'users', data })
  return { ...user, password: data.password }
}

/** A consumer account with an API key, as downstream sites use; returns the key. */
export const createConsumerKey = async (payload: Payload): Promise<string> => {
  const consumerKey = randomUUID()
  const consumer = await createUser(payload, 'consumer')
  await payload.update({
    collection: 'users',
    id: consumer.id,
    data: { enableAPIKey: true, apiKey: consumerKey },
  })
  return consumerKey
}

export const loginToken = async (
  server: Server,
  email: string,
  password: string,
): Promise<string> => {
  const response = await request(server).post('/api/users/login').send({ email, password })
  if (response.status !== 200) {
    throw new Error(
      `login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`,
    )
  }
  return response.body.token as string
}

export const bearer = (token: string): string => `JWT ${token}`
