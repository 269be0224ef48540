import { afterAll, beforeAll } from '@jest/globals'
import fs from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const FIXTURES = path.resolve(process.cwd(), 'test', 'fixtures', 'evidence')

export const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'))

/** What the fixture services do: answer, fail with 503, or answer HTML with status 200. */
export type ServiceMode = 'answer' | 'down' | 'garbage'

export const DOI = '10.1016/s1474-4422(18)30443-5'
export const RETRACTED_DOI = '10.1007/s00415-020-09999-9'
export const PMID = '30252333'
export const RETRACTED_PMID = '31111111'
export const SET_ID = '0d1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8'

/**
 * Crossref, NCBI E-utilities and DailyMed on 127.0.0.1, answering from recorded-shape fixtures.
 * Tests change `works`, `summaries` and `labels` to make a retraction or a label update happen.
 */
export const startEvidenceServices = async () => {
  const state = {
    mode: 'answer' as ServiceMode,
    works: new Map<string, unknown>([
      [DOI, fixture('crossref-work')],
      [RETRACTED_DOI, fixture('crossref-retracted-work')],
    ]),
    summaries: new Map<string, unknown>([
      [PMID, fixture('pubmed-esummary')],
      [RETRACTED_PMID, fixture('pubmed-esummary-retracted')],
    ]),
    labels: new Map<string, unknown>([[SET_ID, fixture('dailymed-history-v13')]]),
    requests: [] as string[],
  }
  const server = createServer((req, res) => {
    // As sent: `new URL()` would resolve a `..` segment and hide where a request went.
    state.requests.push(req.url ?? '')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (state.mode === 'down') return res.writeHead(503).end('Service Unavailable')
    if (state.mode === 'garbage') {
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>')
    }
    const json = (body: unknown) =>
      body === undefined
        ? res.writeHead(404, { 'content-type': 'text/plain' }).end('Resource not found.')
        : res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    const work = url.pathname.match(/^\/crossref\/works\/(.+)$/)
    if (work) return json(state.works.get(decodeURIComponent(work[1]).toLowerCase()))
    if (url.pathname === '/eutils/esummary.fcgi' && url.searchParams.get('db') === 'pubmed') {
      const id = url.searchParams.get('id') ?? ''
      const unknown = fixture('pubmed-esummary-unknown') as { result: Record<string, unknown> }
      return json(
        state.summaries.get(id) ?? {
          ...unknown,
          result: { uids: [id], [id]: { uid: id, error: 'cannot get document summary' } },
        },
      )
    }
    const label = url.pathname.match(/^\/dailymed\/services\/v2\/spls\/([^/]+)\/history\.json$/)
    if (label) return json(state.labels.get(decodeURIComponent(label[1])))
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    state,
    env: {
      CROSSREF_URL: `${base}/crossref`,
      NCBI_EUTILS_URL: `${base}/eutils`,
      DAILYMED_URL: `${base}/dailymed`,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type EvidenceServicesFixture = Awaited<ReturnType<typeof startEvidenceServices>>

/**
 * For a spec: the fixture services, started before the app so `env` carries their URLs (pass it
 * to useTeamApp, which reads it in its own beforeAll).
 */
export const useEvidenceServices = () => {
  const env: Record<string, string> = {}
  const services = { env } as { env: Record<string, string>; fixture: EvidenceServicesFixture }
  beforeAll(async () => {
    services.fixture = await startEvidenceServices()
    Object.assign(env, services.fixture.env)
  })
  afterAll(async () => {
    await services.fixture?.close()
  })
  return services
}
