import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { authCookies } from '../src/config/authCookies'
import { contentSecurityPolicy, strictTransportSecurity } from '../src/config/securityHeaders.mjs'
import { startTestApp, type TestApp } from './helpers/testApp'
import { createUser, TEST_PASSWORD } from './helpers/users'

// `next start` sends the same headers (test/browser/hardening.ts checks them there, over http).
describe('security headers and cookies of a CMS served over https', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp({ SERVER_URL: 'https://cms.example.test' })
  })

  afterAll(async () => {
    await app.close()
  })

  it('sends CSP, frame, sniffing, referrer, permissions and HSTS headers on REST, GraphQL and delivery answers', async () => {
    const answers = [
      await request(app.server).get('/api/articles'),
      await request(app.server).post('/api/graphql').send({ query: '{ Articles { totalDocs } }' }),
      await request(app.server).get('/api/delivery/articles'),
      await request(app.server).get('/api/delivery/articles/not-published'),
    ]
    expect(answers.map(({ status }) => status)).toEqual([200, 200, 200, 404])
    for (const { headers } of answers)
      expect(headers).toMatchObject({
        'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'permissions-policy': expect.stringContaining('camera=()'),
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
      })
  })

  it('marks the login cookie Secure', async () => {
    const user = await createUser(app.payload, 'writer')
    const login = await request(app.server)
      .post('/api/users/login')
      .send({ email: user.email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join('\n')
    expect(cookie).toMatch(/payload-token=[^;]+;.*Secure/)
  })

  it('sends HSTS and Secure cookies only for an https SERVER_URL, and no eval outside development', () => {
    expect(strictTransportSecurity('https://cms.example.org')).toMatch(/^max-age=\d+/)
    expect(strictTransportSecurity('http://127.0.0.1:3000')).toBeUndefined()
    expect(strictTransportSecurity(undefined)).toBeUndefined()
    expect(authCookies('https://cms.example.org')).toEqual({ secure: true })
    expect(authCookies('http://localhost:3000')).toEqual({ secure: false })
    expect(authCookies('')).toEqual({ secure: false })
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/)
    expect(contentSecurityPolicy({ development: true })).toMatch(/'unsafe-eval'/)
  })
})
