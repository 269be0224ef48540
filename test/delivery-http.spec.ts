import { afterAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { decodedText, rawRequest, type RawAnswer } from '../support/rawHttp'
import { useSeededTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'

const PAGE = '/api/delivery/articles/what-are-the-benefits-of-taking-baclofen'
const LIST = '/api/delivery/articles?limit=100'
const SITE = 'https://site.example'

/** The delivery API's HTTP: encodings, validators, methods and CORS, byte for byte. */
describe('delivery over HTTP', () => {
  const ctx = useSeededTeamApp({ CORS_ORIGINS: `${SITE}, http://localhost:4321` })
  afterAll(() => new Promise<void>((resolve) => ctx.app.server.close(() => resolve())))

  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(ctx.app.server, 'GET', path, headers)
  const varyOf = (answer: RawAnswer) => answer.headers.vary

  describe.each([
    ['the page', PAGE],
    ['the list', LIST],
  ])('%s', (_name, path) => {
    it('sends identity, gzip and br bodies that decode to the same bytes, each with its length and ETag', async () => {
      const identity = await get(path, { 'Accept-Encoding': 'identity' })
      const gzip = await get(path, { 'Accept-Encoding': 'gzip' })
      const br = await get(path, { 'Accept-Encoding': 'br' })
      expect([identity.status, gzip.status, br.status]).toEqual([200, 200, 200])
      expect(identity.headers['content-encoding']).toBeUndefined()
      expect(gzip.headers['content-encoding']).toBe('gzip')
      expect(br.headers['content-encoding']).toBe('br')
      expect(decodedText(gzip)).toBe(identity.body.toString('utf8'))
      expect(decodedText(br)).toBe(identity.body.toString('utf8'))
      expect(JSON.parse(identity.body.toString('utf8'))).toBeTruthy()
      for (const answer of [identity, gzip, br]) {
        expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength)
        expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
      }
      expect(br.body.byteLength).toBeLessThan(identity.body.byteLength)
      expect(gzip.body.byteLength).toBeLessThan(identity.body.byteLength)
      const tags = [identity, gzip, br].map((answer) => answer.headers.etag)
      expect(new Set(tags).size).toBe(3)
      // Every representation varies on the same request headers.
      expect(new Set([identity, gzip, br].map(varyOf)).size).toBe(1)
      expect(varyOf(identity)).toBe('Accept-Encoding, Authorization, Origin')
    })

    it('picks the encoding by q-value, and answers 406 when none is acceptable', async () => {
      const cases: [string, string | undefined][] = [
        ['gzip;q=1, br;q=0.5', 'gzip'],
        ['gzip, br', 'br'],
        ['br;q=0, gzip;q=0', undefined],
        ['*', 'br'],
        ['x-gzip', 'gzip'],
        ['deflate', undefined],
        ['', undefined],
      ]
      for (const [accept, encoding] of cases) {
        const answer = await get(path, { 'Accept-Encoding': accept })
        expect([accept, answer.status, answer.headers['content-encoding']]).toEqual([
          accept,
          200,
          encoding,
        ])
      }
      for (const accept of ['identity;q=0', '*;q=0', 'br;q=0, gzip;q=0, identity;q=0']) {
        const refused = await get(path, { 'Accept-Encoding': accept })
        expect([accept, refused.status]).toEqual([accept, 406])
        expect(JSON.parse(refused.body.toString()).errors[0].message).toMatch(/Accept-Encoding/)
      }
    })

    it('answers If-None-Match with 304 for *, a list, a weak tag; 200 for a stale one or another encoding’s', async () => {
      const gzip = await get(path, { 'Accept-Encoding': 'gzip' })
      const tag = String(gzip.headers.etag)
      const identityTag = String((await get(path, { 'Accept-Encoding': 'identity' })).headers.etag)
      const revalidate = (ifNoneMatch: string) =>
        get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': ifNoneMatch })
      for (const header of [tag, '*', `"stale", ${tag}`, `W/${tag}`, `W/"other",W/${tag}`]) {
        const answer = await revalidate(header)
        expect([header, answer.status, answer.body.byteLength]).toEqual([header, 304, 0])
        expect(answer.headers.etag).toBe(tag)
        expect(varyOf(answer)).toBe(varyOf(gzip))
        expect(answer.headers['cache-control']).toBe(gzip.headers['cache-control'])
        expect(answer.headers['surrogate-key']).toBe(gzip.headers['surrogate-key'])
      }
      for (const header of ['"stale"', identityTag, 'W/"stale"', `${tag.slice(0, -2)}"`]) {
        const answer = await revalidate(header)
        expect([header, answer.status]).toEqual([header, 200])
        expect(decodedText(answer)).toBe(decodedText(gzip))
      }
    })

    it('answers HEAD with the GET answer’s status and headers and no body', async () => {
      for (const accept of ['identity', 'gzip', 'br']) {
        const got = await get(path, { 'Accept-Encoding': accept })
        const head = await rawRequest(ctx.app.server, 'HEAD', path, { 'Accept-Encoding': accept })
        expect(head.status).toBe(200)
        expect(head.body.byteLength).toBe(0)
        for (const name of ['etag', 'content-length', 'content-encoding', 'vary', 'cache-control'])
          expect([name, head.headers[name]]).toEqual([name, got.headers[name]])
      }
      const conditional = await rawRequest(ctx.app.server, 'HEAD', path, { 'If-None-Match': '*' })
      expect(conditional.status).toBe(304)
    })

    it('refuses other methods with 405, Allow and a JSON body', async () => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const answer = await rawRequest(ctx.app.server, method, path, {
          Authorization: bearer(ctx.team.admin.token),
        })
        expect([method, answer.status]).toEqual([method, 405])
        expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS')
        expect(JSON.parse(answer.body.toString()).errors[0].message).toContain(method)
      }
      const options = await rawRequest(ctx.app.server, 'OPTIONS', path)
      expect(options.status).toBe(204)
      expect(options.headers.allow).toBe('GET, HEAD, OPTIONS')
    })

    it('lets a listed origin read the answer, and no other', async () => {
      const allowed = await get(path, { Origin: SITE })
      expect(allowed.headers['access-control-allow-origin']).toBe(SITE)
      expect(String(allowed.headers['access-control-expose-headers'])).toContain('ETag')
      const refused = await get(path, { Origin: 'https://evil.example' })
      expect(refused.status).toBe(200)
      expect(refused.headers['access-control-allow-origin']).toBeUndefined()
      expect(varyOf(refused)).toBe(varyOf(allowed))
      const notModified = await get(path, { Origin: SITE, 'If-None-Match': '*' })
      expect(notModified.headers['access-control-allow-origin']).toBe(SITE)
    })

    it('answers a preflight from a listed origin, and refuses one from any other', async () => {
      const preflight = (origin: string) =>
        rawRequest(ctx.app.server, 'OPTIONS', path, {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization, if-none-match',
        })
      const allowed = await preflight('http://localhost:4321')
      expect(allowed.status).toBe(204)
      expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4321')
      expect(allowed.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
      expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toBe(
        'authorization, if-none-match',
      )
      const refused = await preflight('https://site.example.evil.test')
      expect(refused.status).toBe(403)
      expect(refused.headers['access-control-allow-origin']).toBeUndefined()
    })
  })

  it('refuses a page address whose %-escapes do not decode with a JSON 400, as every other route does', async () => {
    const answer = await get('/api/delivery/articles/%C3', { Origin: SITE })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body.toString()).errors[0].message).toMatch(
      /malformed percent-encoding/,
    )
    expect(answer.headers['access-control-allow-origin']).toBe(SITE)
  })

  it('answers the list in identity from Payload’s REST handler (next dev), since Next drops Content-Encoding there', async () => {
    const identity = await get(LIST, { 'Accept-Encoding': 'identity' })
    const response = await handleEndpoints({
      config: ctx.app.config,
      request: new Request(`http://localhost${LIST}`, { headers: { 'Accept-Encoding': 'br' } }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('etag')).toBe(identity.headers.etag)
    expect(await response.text()).toBe(identity.body.toString('utf8'))
  })

  it('answers HEAD on the REST endpoints that answer GET (health, OpenAPI document)', async () => {
    for (const path of ['/api/health', '/api/openapi.json']) {
      const got = await get(path)
      const head = await rawRequest(ctx.app.server, 'HEAD', path)
      expect([path, head.status, head.body.byteLength]).toEqual([path, got.status, 0])
      expect(head.headers['content-type']).toBe(got.headers['content-type'])
    }
    const missing = await rawRequest(ctx.app.server, 'HEAD', '/api/delivery/articles/no-such-page')
    expect([missing.status, missing.body.byteLength]).toEqual([404, 0])
  })

  it('answers If-None-Match on the OpenAPI document with *, weak and listed tags', async () => {
    const document = await get('/api/openapi.json')
    const tag = String(document.headers.etag)
    for (const header of ['*', `W/${tag}`, `"x", ${tag}`]) {
      expect((await get('/api/openapi.json', { 'If-None-Match': header })).status).toBe(304)
    }
  })

  it('keeps a signed-in caller’s copy private, and the page bytes the same as anonymous callers get', async () => {
    const anonymous = await get(PAGE, { 'Accept-Encoding': 'br' })
    const staff = await get(PAGE, {
      'Accept-Encoding': 'br',
      Authorization: bearer(ctx.team.editor.token),
    })
    expect(staff.headers['cache-control']).toMatch(/^private, max-age=\d+$/)
    expect(anonymous.headers['cache-control']).toMatch(/^public, max-age=\d+/)
    expect(staff.body.equals(anonymous.body)).toBe(true)
  })

  it('still refuses a bad list query with Payload’s field-level 400', async () => {
    const answer = await get('/api/delivery/articles?limit=0', { 'Accept-Encoding': 'gzip' })
    expect(answer.status).toBe(400)
    const body = JSON.parse(decodedText(answer))
    expect(body.errors[0].data.errors).toEqual([
      { path: 'limit', message: expect.stringContaining('limit must be') },
    ])
  })
})
