import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { User } from '../src/payload-types'

import { ROLES } from '../src/access/roles'
import { startTestApp, type TestApp } from './helpers/testApp'
import { fieldErrorPaths as fieldErrors } from './helpers/validationErrors'
import {
  bearer,
  createUser,
  loginToken,
  reviewerProfile,
  TEST_PASSWORD,
  uniqueEmail,
} from './helpers/users'

describe('users and roles', () => {
  let app: TestApp
  let adminToken: string

  beforeAll(async () => {
    app = await startTestApp()
    const admin = await createUser(app.payload, 'admin')
    adminToken = await loginToken(app.server, admin.email, admin.password)
  })

  afterAll(async () => {
    await app.close()
  })

  it.each(ROLES)('lets an admin create a %s who can then log in and get a token', async (role) => {
    const email = uniqueEmail(role)
    const created = await request(app.server)
      .post('/api/users')
      .set('Authorization', bearer(adminToken))
      .send({
        email,
        password: TEST_PASSWORD,
        role,
        ...(role === 'reviewer' ? reviewerProfile() : {}),
      })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ email, role })

    const login = await request(app.server)
      .post('/api/users/login')
      .send({ email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
    expect(typeof login.body.token).toBe('string')
    expect(login.body.user).toMatchObject({ email, role })

    const me = await request(app.server)
      .get('/api/users/me')
      .set('Authorization', bearer(login.body.token))
    expect(me.body.user).toMatchObject({ email, role })
  })

  it('refuses a login with the wrong password', async () => {
    const writer = await createUser(app.payload, 'writer')
    const response = await request(app.server)
      .post('/api/users/login')
      .send({ email: writer.email, password: 'not-the-password' })
    expect(response.status).toBe(401)
    expect(response.body.token).toBeUndefined()
  })

  it('refuses to list users to an anonymous caller', async () => {
    const response = await request(app.server).get('/api/users')
    expect(response.status).toBe(403)
    expect(response.body.docs).toBeUndefined()
  })

  it('shows a writer only their own account', async () => {
    const writer = await createUser(app.payload, 'writer')
    await createUser(app.payload, 'editor')
    const token = await loginToken(app.server, writer.email, writer.password)
    const response = await request(app.server).get('/api/users').set('Authorization', bearer(token))
    expect(response.status).toBe(200)
    expect(response.body.docs.map((user: User) => user.email)).toEqual([writer.email])
  })

  it('refuses to let a writer create a user (see also escalation.spec.ts)', async () => {
    const writer = await createUser(app.payload, 'writer')
    const token = await loginToken(app.server, writer.email, writer.password)
    const email = uniqueEmail('intruder')
    const response = await request(app.server)
      .post('/api/users')
      .set('Authorization', bearer(token))
      .send({ email, password: TEST_PASSWORD, role: 'admin' })
    expect(response.status).toBe(403)
    const stored = await app.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('locks an account for 15 minutes after 5 failed logins', async () => {
    const writer = await createUser(app.payload, 'writer')
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await request(app.server)
        .post('/api/users/login')
        .send({ email: writer.email, password: 'wrong' })
    }
    const locked = await request(app.server)
      .post('/api/users/login')
      .send({ email: writer.email, password: writer.password })
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    const stored = await app.payload.findByID({
      collection: 'users',
      id: writer.id,
      showHiddenFields: true,
    })
    expect(new Date(stored.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000)
  })

  describe('pharmacist reviewer credentials', () => {
    const createReviewer = (profile: Record<string, unknown>) =>
      request(app.server)
        .post('/api/users')
        .set('Authorization', bearer(adminToken))
        .send({
          email: uniqueEmail('reviewer'),
          password: TEST_PASSWORD,
          role: 'reviewer',
          ...profile,
        })

    it.each(['fullName', 'credentials', 'licenceNumber', 'licenceExpiresAt'] as const)(
      'rejects a reviewer without %s with a 400 naming the field',
      async (field) => {
        const { [field]: _omitted, ...profile } = reviewerProfile()
        const response = await createReviewer(profile)
        expect(response.status).toBe(400)
        expect(fieldErrors(response.body)).toEqual([field])
        expect(response.body.errors[0].data.errors[0].message).toBe(
          'Required for pharmacist reviewers',
        )
      },
    )

    it.each([
      ['credentials', 'pharmd!!'],
      ['licenceNumber', '#'],
      ['licenceExpiresAt', 'next tuesday'],
    ] as const)('rejects a malformed %s (%s) with a 400 naming the field', async (field, value) => {
      const response = await createReviewer({ ...reviewerProfile(), [field]: value })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body)).toEqual([field])
    })

    it('rejects turning a writer into a reviewer until the licence data is given', async () => {
      const writer = await createUser(app.payload, 'writer')
      const response = await request(app.server)
        .patch(`/api/users/${writer.id}`)
        .set('Authorization', bearer(adminToken))
        .send({ role: 'reviewer' })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body).sort()).toEqual(
        ['credentials', 'fullName', 'licenceExpiresAt', 'licenceNumber'].sort(),
      )
      const stored = await app.payload.findByID({ collection: 'users', id: writer.id })
      expect(stored.role).toBe('writer')
    })

    it('does not ask other roles for licence data', async () => {
      const response = await request(app.server)
        .post('/api/users')
        .set('Authorization', bearer(adminToken))
        .send({ email: uniqueEmail('editor'), password: TEST_PASSWORD, role: 'editor' })
      expect(response.status).toBe(201)
    })
  })
})
