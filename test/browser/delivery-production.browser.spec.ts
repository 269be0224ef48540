import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { createServer, type Server } from 'node:http'

import { freePort } from '../../support/nextStart'
import { spawnUntilReady, type ReadyProcess } from '../../support/spawnUntilReady'
import { decodedText, rawRequestTo, type RawAnswer } from '../../support/rawHttp'
import { launchChromium, screenshot } from './browser'
import { type ProductionServer, startProductionServer } from './productionServer'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'
const PATHS = [`/api/delivery/articles/${SLUG}`, '/api/delivery/articles?limit=100']
// Set per connection or per second: the rest of an answer must be the same bytes.
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/** A page on another origin that reads the delivery API with fetch, as a downstream site's script does. */
const startSitePage = async (
  cmsUrl: string,
  port: number,
): Promise<{ server: Server; origin: string }> => {
  const html = `<!doctype html><title>Site</title><h1 id="result">loading</h1><script>
    fetch(${JSON.stringify(`${cmsUrl}/api/delivery/articles/${SLUG}`)})
      .then((response) => response.json().then((page) => 'read: ' + page.title + ' (etag ' + (response.headers.get('etag') ? 'visible' : 'hidden') + ')'))
      .catch((error) => 'blocked: ' + error.name)
      .then((text) => { document.getElementById('result').textContent = text })
  </script>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${port}` }
}

const comparable = (answer: RawAnswer) => ({
  status: answer.status,
  headers: Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)),
  ),
  body: answer.body.toString('base64'),
})

/**
 * `npm start` (server.mjs) answers the delivery API itself, before Next: its answers are the bare
 * adapter's byte for byte, and a listed origin's pages can read them in Chromium.
 */
describe('the delivery API under npm start', () => {
  let cms: ProductionServer
  let bare: ReadyProcess
  let bareUrl: string
  let browser: Browser
  let listed: { server: Server; origin: string }
  let unlisted: { server: Server; origin: string }

  beforeAll(async () => {
    const sitePort = await freePort()
    const listedOrigin = `http://127.0.0.1:${sitePort}`
    cms = await startProductionServer({ CORS_ORIGINS: listedOrigin })
    bare = await spawnUntilReady({
      name: 'bare adapter',
      args: ['support/serveApp.ts'],
      env: {
        ...process.env,
        ...cms.env,
        SEED_DEMO_CONTENT: 'false',
        JOBS_AUTORUN: 'false',
        SERVER_URL: cms.url,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation --conditions=development',
      },
      ready: /LISTENING (\d+)/,
      timeoutMs: 90_000,
    })
    bareUrl = `http://127.0.0.1:${bare.match[1]}`
    listed = await startSitePage(cms.url, sitePort)
    unlisted = await startSitePage(cms.url, await freePort())
    browser = await launchChromium()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    listed?.server.close()
    unlisted?.server.close()
    await bare?.stop()
    await cms?.stop()
  })

  it('answers like the bare adapter, byte for byte, in every encoding, for 200, 304 and HEAD', async () => {
    const answer = rawRequestTo
    for (const path of PATHS) {
      for (const encoding of ['identity', 'gzip', 'br']) {
        const headers = { 'Accept-Encoding': encoding }
        const served = await answer(cms.url, 'GET', path, headers)
        expect(served.status).toBe(200)
        expect(comparable(served)).toEqual(comparable(await answer(bareUrl, 'GET', path, headers)))
        const revalidate = { ...headers, 'If-None-Match': String(served.headers.etag) }
        const notModified = await answer(cms.url, 'GET', path, revalidate)
        expect(notModified.status).toBe(304)
        expect(comparable(notModified)).toEqual(
          comparable(await answer(bareUrl, 'GET', path, revalidate)),
        )
        const head = await answer(cms.url, 'HEAD', path, headers)
        expect(comparable(head)).toEqual(comparable(await answer(bareUrl, 'HEAD', path, headers)))
        expect(JSON.parse(decodedText(served))).toBeTruthy()
      }
    }
    // Next still answers everything else on the same port.
    const admin = await answer(cms.url, 'GET', '/admin/login', {})
    expect(admin.status).toBe(200)
    expect(admin.body.toString()).toContain('<html')
  })

  it('lets a page on the listed origin read the API in Chromium, and blocks one on another origin', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(listed.origin)
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== 'loading')
    await expect(page.locator('#result').textContent()).resolves.toBe(
      'read: What Are the Benefits of Taking Baclofen? (etag visible)',
    )
    await screenshot(page, 'cors-listed-origin')
    await page.goto(unlisted.origin)
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== 'loading')
    await expect(page.locator('#result').textContent()).resolves.toBe('blocked: TypeError')
    await screenshot(page, 'cors-unlisted-origin')
    await context.close()
  })
})
