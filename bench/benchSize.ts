import type { Result as AutocannonResult } from 'autocannon'

import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

import { deliveryCacheFor } from '../src/delivery/pageCache'
import { createPayloadHttpServer } from '../support/nodeHttpServer'
import { startThrowawayApp } from '../support/throwawayApp'
import { seedArticles } from './fixtures'
import { startMongoFloorServer } from './mongoFloor'
import { startSqliteFloorServer } from './sqliteFloor'
import { startStaticServer } from './staticServer'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const SIZE = Number(process.env.BENCH_SIZE ?? 1)
const CONNECTIONS = [1, 50]

const PAGE_QUERY = `query ($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs {
  title slug summary keyPoints { title text } body drugs { name } conditions readingTimeMinutes lastReviewedAt nextReviewDue
  faqs { question answer } comparisonColumns comparisonRows { feature cells { treatment value } }
  references { title authors source year url doi pmid } disclaimer { title text } } } }`

type Scenario = {
  name: string
  url: string
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}
type Figure = {
  scenario: string
  connections: number
  rps: number
  p50: number
  p99: number
  errors: number
}

const AUTOCANNON = fileURLToPath(
  new URL('../node_modules/autocannon/autocannon.js', import.meta.url),
)

/** autocannon in its own process, so the load generator does not share the server's event loop. */
const runAutocannon = (args: string[]) =>
  new Promise<AutocannonResult>((resolve, reject) => {
    const child = spawn(process.execPath, [AUTOCANNON, '--json', ...args], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`autocannon exited ${code}`)),
    )
  })

const measure = async (scenario: Scenario, connections: number): Promise<Figure> => {
  const headers = { 'content-type': 'application/json', ...scenario.headers }
  const result = await runAutocannon([
    '-c',
    String(connections),
    '-d',
    String(SECONDS),
    '-m',
    scenario.method ?? 'GET',
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    ...(scenario.body ? ['-b', scenario.body] : []),
    scenario.url,
  ])
  return {
    scenario: scenario.name,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors:
      result.errors + result.timeouts + (scenario.headers?.['if-none-match'] ? 0 : result.non2xx),
  }
}

const listen = async (handler: Parameters<typeof createServer>[1]) => {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

const printTable = (adapter: string, size: number, figures: Figure[]) => {
  const floor = (connections: number) =>
    figures.find((f) => f.scenario.startsWith('(d)') && f.connections === connections)
  const cache = (connections: number) =>
    figures.find((f) => f.scenario.startsWith('(e)') && f.connections === connections)
  console.log(`\n${adapter}, ${size} article(s), ${SECONDS}s per run`)
  console.log('| scenario | conns | req/s | p50 ms | p99 ms | vs (d) | vs (e) | errors |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const figure of figures) {
    const d = floor(figure.connections)
    const e = cache(figure.connections)
    const ratio = (base?: Figure) =>
      base && base.rps ? `${((figure.rps / base.rps) * 100).toFixed(0)}%` : 'n/a'
    console.log(
      `| ${figure.scenario} | ${figure.connections} | ${figure.rps.toFixed(0)} | ${figure.p50} | ${figure.p99} | ${ratio(d)} | ${ratio(e)} | ${figure.errors} |`,
    )
  }
}

const benchAdapter = async (size: number) => {
  const app = await startThrowawayApp({ SEED_DEMO_CONTENT: 'false' })
  const adapter = process.env.TEST_DATABASE === 'mongodb' ? 'MongoDB' : 'SQLite'
  try {
    const started = Date.now()
    const slugs = await seedArticles(app.payload, size)
    console.log(
      `\nseeded ${size} article(s) on ${adapter} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    )
    const slug = slugs[Math.floor(slugs.length / 2)]
    // The tests' server keeps every response body to scan for secrets; the bench must not.
    const payloadHandler = createPayloadHttpServer(app.config)
    const payloadServer = await listen((req, res) => payloadHandler.emit('request', req, res))
    const cache = deliveryCacheFor(app.payload)
    const uncachedServer = await listen((req, res) => {
      cache.invalidate()
      payloadHandler.emit('request', req, res)
    })
    const delivery = `${payloadServer.url}/api/delivery/articles/${slug}`
    const first = await fetch(delivery)
    const pageBody = await first.text()
    const etag = first.headers.get('etag') ?? ''
    const staticServer = await startStaticServer(pageBody)
    const databaseUri = String(process.env.DATABASE_URI)
    const floor =
      adapter === 'SQLite'
        ? await startSqliteFloorServer(databaseUri)
        : await startMongoFloorServer(databaseUri)

    // The floor must do the same work: it builds the same page (less the HTML-ready script tag).
    const { jsonLdScript: _script, ...deliveredPage } = JSON.parse(pageBody)
    const floorBody = await (await fetch(`${floor.url}/${slug}`)).json()
    console.log(
      `floor page equals the delivered page: ${isDeepStrictEqual(floorBody, deliveredPage) ? 'yes' : 'NO'}`,
    )

    const scenarios: Scenario[] = [
      {
        name: '(a) delivery, uncached',
        url: `${uncachedServer.url}/api/delivery/articles/${slug}`,
      },
      { name: '(a) delivery, warm cache', url: delivery },
      {
        name: '(a) delivery, warm, If-None-Match (304)',
        url: delivery,
        headers: { 'if-none-match': etag },
      },
      {
        name: '(b) REST find by slug, depth=1',
        url: `${payloadServer.url}/api/articles?where[slug][equals]=${slug}&depth=1`,
      },
      {
        name: '(c) GraphQL page query',
        url: `${payloadServer.url}/api/graphql`,
        method: 'POST',
        body: JSON.stringify({ query: PAGE_QUERY, variables: { slug } }),
      },
      { name: '(d) driver + JSON.stringify (floor)', url: `${floor.url}/${slug}` },
      { name: '(e) static JSON (cache floor)', url: staticServer.url },
    ]
    const figures: Figure[] = []
    for (const scenario of scenarios) {
      for (const connections of CONNECTIONS) figures.push(await measure(scenario, connections))
    }
    printTable(adapter, size, figures)
    payloadServer.server.close()
    uncachedServer.server.close()
    staticServer.server.close()
    floor.server.close()
    await floor.close()
  } finally {
    await app.close()
  }
}

// One size per process: Payload keeps one instance per process.
await benchAdapter(SIZE)
process.exit(0)
