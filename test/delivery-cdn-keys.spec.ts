import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startCallersApp, type Callers } from './helpers/callers'
import { decodedText, rawRequest } from '../support/rawHttp'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { createAs, publishDefaultDisclaimer, publishThroughWorkflow } from './helpers/workflow'

const PAGE = '/api/delivery/articles/behind-a-cdn'
const LIST = '/api/delivery/articles'

/**
 * PUBLIC_API=false behind a CDN that holds a consumer key: the CDN may keep the answers
 * (`public, s-maxage`) and purge them by tag; staff copies stay private; anonymous callers read
 * nothing. CORS_ORIGINS=* lets any site's pages call it.
 */
describe('delivery with API keys behind a CDN (EDGE_CACHE_ROLES=consumer, CORS_ORIGINS=*)', () => {
  let app: TestApp
  let callers: Callers

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp({
      PUBLIC_API: 'false',
      EDGE_CACHE_ROLES: 'consumer',
      CORS_ORIGINS: '*',
    }))
    await publishDefaultDisclaimer(app.payload)
    const id = await createAs(app.server, callers.team.writer, 'articles', {
      title: 'Behind a CDN',
      summary: 'Served to keys.',
    })
    await publishThroughWorkflow(app.server, 'articles', id, callers.team)
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => app.server.close(() => resolve()))
    await app.close()
  })

  const consumer = () => ({ Authorization: `users API-Key ${callers.consumerKey}` })

  it.each([PAGE, LIST])(
    '%s: a consumer key gets a copy shared caches may keep, tagged for purging',
    async (path) => {
      const answer = await rawRequest(app.server, 'GET', path, {
        ...consumer(),
        'Accept-Encoding': 'br',
      })
      expect(answer.status).toBe(200)
      expect(answer.headers['cache-control']).toMatch(
        /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/,
      )
      expect(answer.headers['surrogate-key']).toBeTruthy()
      expect(answer.headers.vary).toBe('Accept-Encoding, Authorization, Origin')
      expect(decodedText(answer)).toContain('Behind a CDN')
      const revalidated = await rawRequest(app.server, 'GET', path, {
        ...consumer(),
        'Accept-Encoding': 'br',
        'If-None-Match': String(answer.headers.etag),
      })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers['cache-control']).toBe(answer.headers['cache-control'])
    },
  )

  it.each([PAGE, LIST])('%s: staff get a private copy; anonymous callers nothing', async (path) => {
    const staff = await rawRequest(app.server, 'GET', path, {
      Authorization: bearer(callers.team.editor.token),
    })
    expect(staff.status).toBe(200)
    expect(staff.headers['cache-control']).toMatch(/^private, max-age=\d+$/)
    const anonymous = await rawRequest(app.server, 'GET', path)
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers['cache-control']).toBe('no-store')
    expect(anonymous.body.toString()).not.toContain('Served to keys.')
    const wrongKey = await rawRequest(app.server, 'GET', path, {
      Authorization: `users API-Key ${callers.consumerKey}x`,
    })
    expect(wrongKey.status).toBe(401)
  })

  it('lets any origin read the answers and preflight with a key (CORS_ORIGINS=*)', async () => {
    const answer = await rawRequest(app.server, 'GET', PAGE, {
      ...consumer(),
      Origin: 'https://any.example',
    })
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    const refusedRead = await rawRequest(app.server, 'GET', PAGE, {
      Origin: 'https://any.example',
    })
    // The 403 is readable by the page too, so a site can tell a missing key from a network error.
    expect(refusedRead.status).toBe(403)
    expect(refusedRead.headers['access-control-allow-origin']).toBe('*')
    const preflight = await rawRequest(app.server, 'OPTIONS', PAGE, {
      Origin: 'https://any.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'Authorization',
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization')
  })

  it('keeps the staff REST API same-origin whatever CORS_ORIGINS says', async () => {
    const answer = await rawRequest(app.server, 'GET', '/api/articles', {
      Authorization: bearer(callers.team.editor.token),
      Origin: 'https://any.example',
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  })
})
