import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken } from './helpers/users'

describe('REST and GraphQL APIs', () => {
  let app: TestApp
  let adminToken: string
  let editorEmail: string

  beforeAll(async () => {
    app = await startTestApp()
    const admin = await createUser(app.payload, 'admin')
    editorEmail = (await createUser(app.payload, 'editor')).email
    adminToken = await loginToken(app.server, admin.email, admin.password)
  })

  afterAll(async () => {
    await app.close()
  })

  it('answers a REST query with a where clause', async () => {
    const response = await request(app.server)
      .get('/api/users')
      .query({ 'where[role][equals]': 'editor' })
      .set('Authorization', bearer(adminToken))
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(1)
    expect(response.body.docs[0]).toMatchObject({ email: editorEmail, role: 'editor' })
    expect(typeof response.body.docs[0].id).toBe('string')
  })

  it('answers a GraphQL query', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(adminToken))
      .send({
        query:
          'query ($role: User_role_Input) { Users(where: { role: { equals: $role } }) { totalDocs docs { id email role } } }',
        variables: { role: 'editor' },
      })
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Users.totalDocs).toBe(1)
    expect(response.body.data.Users.docs[0]).toMatchObject({ email: editorEmail, role: 'editor' })
  })

  it('refuses the same GraphQL query to an anonymous caller', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .send({ query: '{ Users { docs { email } } }' })
    expect(response.body.data?.Users ?? null).toBeNull()
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
  })

  it('answers an unknown route with a JSON 404', async () => {
    const response = await request(app.server).get('/api/no-such-collection')
    expect(response.status).toBe(404)
    expect(response.body.message).toMatch(/Route not found/)
  })
})
