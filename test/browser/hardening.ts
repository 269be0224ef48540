import type { Browser } from 'playwright-core'
import { expect, it } from '@jest/globals'
import { createServer, request as httpRequest } from 'node:http'

import type { ProductionServer } from './productionServer'

type Answer = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** node:http, because fetch refuses TRACE and sends paths as they are only this way. */
const send = (url: string, method: string, body?: string) =>
  new Promise<Answer>((resolve, reject) => {
    const { hostname, port, origin } = new URL(url)
    const req = httpRequest(
      {
        hostname,
        port,
        path: url.slice(origin.length),
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })

const EXPECTED_HEADERS = {
  'content-security-policy': expect.stringMatching(
    /default-src 'self'.*frame-ancestors 'none'.*object-src 'none'.*base-uri 'self'.*form-action 'self'/,
  ),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': expect.stringContaining('camera=()'),
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

const JSON_REFUSAL = { errors: [{ message: expect.any(String) }] }

/**
 * What `next start` answers besides the pages: security headers on every answer, the admin refused
 * to other sites' frames, malformed requests refused as JSON, refusals not logged as errors.
 * Registered inside a spec that already runs the production server and Chromium.
 */
export const productionHardeningTests = (
  started: () => { cms: ProductionServer; browser: Browser; publishedSlug: string },
) => {
  it('sends the security headers on admin, REST, GraphQL, delivery and static answers (no HSTS over http)', async () => {
    const { cms, publishedSlug } = started()
    const login = await send(`${cms.url}/admin/login`, 'GET')
    const script = login.body.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const answers = [
      login,
      await send(`${cms.url}/api/articles?limit=1`, 'GET'),
      await send(
        `${cms.url}/api/graphql`,
        'POST',
        JSON.stringify({ query: '{ Articles { totalDocs } }' }),
      ),
      await send(`${cms.url}/api/delivery/articles/${publishedSlug}`, 'GET'),
      await send(`${cms.url}${script}`, 'GET'),
      await send(`${cms.url}/api/articles/%C3`, 'GET'),
    ]
    expect(answers.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200, 400])
    for (const { headers } of answers) {
      expect(headers).toMatchObject(EXPECTED_HEADERS)
      expect(headers['strict-transport-security']).toBeUndefined()
    }
    const signIn = await send(
      `${cms.url}/api/users/login`,
      'POST',
      JSON.stringify({ email: 'editor@medreview.example', password: cms.demoPassword }),
    )
    expect(signIn.status).toBe(200)
    expect(String(signIn.headers['set-cookie'])).toMatch(/payload-token=/)
    expect(String(signIn.headers['set-cookie'])).not.toMatch(/;\s*Secure/i)
  })

  it("refuses to show the admin in another origin's frame (clickjacking the sign-off)", async () => {
    const { cms, browser } = started()
    const framing = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(
        `<!doctype html><iframe src="${cms.url}/admin/login" width="800" height="600"></iframe>`,
      )
    })
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve))
    const page = await browser.newPage()
    try {
      const refused = page.waitForEvent('console', {
        predicate: (message) => /frame-ancestors 'none'/.test(message.text()),
        timeout: 20_000,
      })
      // localhost and 127.0.0.1 are different origins.
      await page.goto(`http://localhost:${(framing.address() as { port: number }).port}/`)
      await refused
      for (const frame of page.frames().slice(1))
        expect(await frame.locator('#field-email').count()).toBe(0)
    } finally {
      await page.close()
      await new Promise((resolve) => framing.close(resolve))
    }
  })

  it('refuses malformed %-encoding, TRACE, unknown methods and methods a route does not take as JSON 400/405 with Allow', async () => {
    const { cms } = started()
    const answers = await Promise.all(
      (
        [
          ['GET', '/api/delivery/articles/%C3', 400, undefined],
          ['GET', '/api/articles/%C3', 400, undefined],
          ['GET', '/admin/%C3', 400, undefined],
          ['TRACE', '/api/articles', 405, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
          ['PROPFIND', '/admin', 405, 'GET, HEAD, POST'],
          // Not a method Node knows: its parser answers before Next.
          ['FOO', '/api/articles', 400, undefined],
          ['GET', '/api/graphql', 405, 'POST, OPTIONS'],
          ['DELETE', '/api/delivery/articles/anything', 405, 'GET, HEAD, OPTIONS'],
          ['PUT', '/admin/login', 405, 'GET, HEAD, POST'],
        ] as const
      ).map(async ([method, path, status, allow]) => {
        const answer = await send(`${cms.url}${path}`, method)
        return {
          request: `${method} ${path}`,
          status: answer.status,
          type: answer.headers['content-type'],
          allow: answer.headers.allow,
          body: parseJson(answer.body),
          expected: { status, allow },
        }
      }),
    )
    for (const answer of answers)
      expect(answer).toEqual({
        request: answer.request,
        status: answer.expected.status,
        type: expect.stringMatching(/^application\/json/),
        allow: answer.expected.allow,
        body: JSON_REFUSAL,
        expected: answer.expected,
      })
  })

  it('logs expected refusals (400, 401, 403, GraphQL) as info lines without a stack in production', async () => {
    const { cms } = started()
    const before = cms.log().length
    const answers = [
      await send(`${cms.url}/api/articles?limit=501`, 'GET'),
      await send(`${cms.url}/api/articles?where[notAField][equals]=1`, 'GET'),
      await send(
        `${cms.url}/api/users/login`,
        'POST',
        JSON.stringify({ email: 'editor@medreview.example', password: 'not-the-password' }),
      ),
      await send(`${cms.url}/api/users/1`, 'DELETE'),
      await send(
        `${cms.url}/api/graphql`,
        'POST',
        JSON.stringify({ query: 'mutation { deleteUser(id: "1") { id } }' }),
      ),
    ]
    expect(answers.map(({ status }) => status)).toEqual([expect.any(Number), 400, 401, 403, 200])
    expect(answers[0].status).toBeLessThan(500)
    expect(answers[4].body).toMatch(/"statusCode":403/)
    // Payload's pretty logger: `[time] ERROR: …` and an indented `err`/`stack` for errors.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const logged = cms.log().slice(before)
    expect(logged).not.toMatch(/\bERROR\b/)
    expect(logged).not.toMatch(/stack|\n\s+at /)
    expect(logged).toMatch(/INFO/)
  })
}
