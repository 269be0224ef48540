import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startTestApp, type TestApp } from './helpers/testApp'

describe('GET /api/health', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp()
  })

  afterAll(async () => {
    await app.close()
  })

  it('answers 200 while the database is reachable', async () => {
    const response = await request(app.server).get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' })
  })

  it('answers 503 once the database is gone', async () => {
    await app.disconnectDatabase()
    const response = await request(app.server).get('/api/health')
    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({ status: 'unavailable', database: 'down' })
    expect(JSON.stringify(response.body)).not.toMatch(/stack|Error:/)
  })
})
