import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startTestApp, type TestApp } from './helpers/testApp'

describe('first run without ADMIN_EMAIL (create-first-user screen)', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp()
  })

  afterAll(async () => {
    await app.close()
  })

  it('starts with no users and makes the first registered account an admin', async () => {
    expect(await app.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
    const response = await request(app.server)
      .post('/api/users/first-register')
      .send({ email: 'founder@example.test', password: 'sturdy-kettle-orbit-42', role: 'writer' })
    expect(response.status).toBe(200)
    expect(response.body.user).toMatchObject({ email: 'founder@example.test', role: 'admin' })
    expect(typeof response.body.token).toBe('string')
  })
})
