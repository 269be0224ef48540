import type { Field } from 'payload'

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

  it('lets admin pages load nothing from another origin', () => {
    for (const development of [false, true]) {
      const sources = contentSecurityPolicy({ development })
        .split('; ')
        .flatMap((directive) => directive.split(' ').slice(1))
      // A host, a scheme that names one, or a wildcard: anything but 'self', data: and blob:.
      expect(sources.filter((source) => /^(https?|wss?):|\*|\./.test(source))).toEqual([])
      expect(sources).toContain("'self'")
    }
  })

  // Payload's JSON and code fields are a Monaco editor that @monaco-editor/loader fetches from
  // cdn.jsdelivr.net: every one the admin shows has a component of its own.
  it('gives every JSON or code field the admin shows a component that needs no CDN', () => {
    const editors = (fields: Field[], path: string): string[] =>
      fields.flatMap((field) => {
        const here = 'name' in field ? `${path}.${field.name}` : path
        // A hidden field (the second factor's recovery code hashes) is never shown.
        const shownInAdmin = !('hidden' in field && field.hidden)
        const own =
          shownInAdmin &&
          (field.type === 'json' || field.type === 'code') &&
          !field.admin?.components?.Field
            ? [here]
            : []
        const nested = [
          ...('fields' in field ? editors(field.fields, here) : []),
          ...('tabs' in field ? field.tabs.flatMap((tab) => editors(tab.fields, here)) : []),
          ...('blocks' in field
            ? field.blocks.flatMap((block) => editors(block.fields, here))
            : []),
        ]
        return [...own, ...nested]
      })
    const { collections, globals } = app.payload.config
    // Hidden ones have no admin page to open; Payload's own (jobs, preferences) are among them.
    const shown = [...collections, ...globals].filter((entity) => entity.admin?.hidden !== true)
    expect(shown.flatMap((entity) => editors(entity.fields, entity.slug))).toEqual([])
    expect(shown.map((entity) => entity.slug)).toEqual(
      expect.arrayContaining(['audit-log', 'releases', 'schedules', 'review-requests']),
    )
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
