import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { createFirstAdminFromEnv } from '../src/lifecycle/createFirstAdminFromEnv'
import { startTestApp, type TestApp } from './helpers/testApp'

const ADMIN_EMAIL = 'first-admin@example.test'
const ADMIN_PASSWORD = 'lantern-quartz-meadow-7'

describe('first run with ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_EMAIL, ADMIN_PASSWORD })
  })

  afterAll(async () => {
    await app.close()
  })

  it('creates the first admin on an empty database, who can log in', async () => {
    const response = await request(app.server)
      .post('/api/users/login')
      .send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
    expect(response.status).toBe(200)
    expect(response.body.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' })
  })

  it('creates nobody once the database has users', async () => {
    await createFirstAdminFromEnv({
      ADMIN_EMAIL: 'second-admin@example.test',
      ADMIN_PASSWORD: 'another-password-456',
    })(app.payload)
    const { docs } = await app.payload.find({ collection: 'users' })
    expect(docs.map((user) => user.email)).toEqual([ADMIN_EMAIL])
  })

  it('closes the create-first-user form once an admin exists', async () => {
    const response = await request(app.server)
      .post('/api/users/first-register')
      .send({ email: 'late@example.test', password: 'late-password-789' })
    expect(response.status).toBe(403)
    expect(await app.payload.count({ collection: 'users' })).toEqual({ totalDocs: 1 })
  })
})
