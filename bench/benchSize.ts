import type { Result as AutocannonResult } from 'autocannon'

import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

import { startNextServer } from '../support/nextStart'
import { createPayloadHttpServer } from '../support/nodeHttpServer'
import { startThrowawayApp } from '../support/throwawayApp'
import { seedArticles } from './fixtures'
import { startMongoFloorServer } from './mongoFloor'
import { measureRerender } from './rerender'
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

type Row = Figure & { base: 'bare' | 'next' }

const ratio = (figure: Figure, base?: Figure) =>
  base && base.rps ? `${((figure.rps / base.rps) * 100).toFixed(0)}%` : 'n/a'

const printTable = (adapter: string, size: number, rows: Row[]) => {
  const find = (prefix: string, connections: number) =>
    rows.find((row) => row.scenario.startsWith(prefix) && row.connections === connections)
  console.log(`\n${adapter}, ${size} article(s), ${SECONDS}s per run`)
  console.log('| scenario | conns | req/s | p50 ms | p99 ms | vs (d) | vs (e) | vs (f) | errors |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) {
    const f = row.base === 'next' ? ratio(row, find('(f)', row.connections)) : ''
    console.log(
      `| ${row.scenario} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${ratio(row, find('(d)', row.connections))} | ${ratio(row, find('(e)', row.connections))} | ${f} | ${row.errors} |`,
    )
  }
}

/** The issue's targets, as ratios of this run's figures. */
const printTargets = (rows: Row[]) => {
  const at = (prefix: string, connections: number) =>
    rows.find((row) => row.scenario.startsWith(prefix) && row.connections === connections)
  const lines: string[] = []
  for (const connections of CONNECTIONS) {
    const bare = at('(a) delivery, bare', connections)
    const next = at('(a) delivery, next start', connections)
    const d = at('(d)', connections)
    const e = at('(e)', connections)
    const f = at('(f)', connections)
    if (bare && d) lines.push(`delivery ≥ 100% of (d) at ${connections}: ${ratio(bare, d)}`)
    if (bare && e) lines.push(`delivery ≥ 70% of (e) at ${connections}: ${ratio(bare, e)}`)
    if (next && f)
      lines.push(`next start delivery ≥ 90% of (f) at ${connections}: ${ratio(next, f)}`)
  }
  for (const prefix of ['(a) delivery, bare', '(a) delivery, next start']) {
    const row = at(prefix, 50)
    if (row)
      lines.push(
        `p99 < 50 ms at 50 connections, ${prefix.replace('(a) delivery, ', '')}: ${row.p99} ms`,
      )
  }
  console.log(`\ntargets:\n${lines.map((line) => `- ${line}`).join('\n')}`)
}

const measureAll = async (scenarios: (Scenario & { base: Row['base'] })[]) => {
  const rows: Row[] = []
  for (const scenario of scenarios) {
    for (const connections of CONNECTIONS) {
      rows.push({ ...(await measure(scenario, connections)), base: scenario.base })
    }
  }
  return rows
}

const benchAdapter = async (size: number) => {
  const app = await startThrowawayApp({ SEED_DEMO_CONTENT: 'false' })
  const adapter = process.env.TEST_DATABASE === 'mongodb' ? 'MongoDB' : 'SQLite'
  const work = mkdtempSync(path.join(tmpdir(), 'medreview-bench-'))
  try {
    const started = Date.now()
    const { articleId, slugs } = await seedArticles(app.payload, size)
    console.log(
      `\nseeded and rendered ${size} article(s) on ${adapter} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    )
    await measureRerender(app.payload, articleId)
    const slug = slugs[Math.floor(slugs.length / 2)]
    // The tests' server keeps every response body to scan for secrets; the bench must not.
    const payloadHandler = createPayloadHttpServer(app.config)
    const payloadServer = await listen((req, res) => payloadHandler.emit('request', req, res))
    const delivery = `${payloadServer.url}/api/delivery/articles/${slug}`
    const first = await fetch(delivery)
    const pageBody = await first.text()
    const etag = first.headers.get('etag') ?? ''
    const staticServer = await startStaticServer(pageBody)
    const floorFile = path.join(work, 'page.json')
    writeFileSync(floorFile, pageBody)
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

    const bare = await measureAll([
      { base: 'bare', name: '(a) delivery, bare adapter (stored page)', url: delivery },
      {
        base: 'bare',
        name: '(a) delivery, bare adapter, If-None-Match (304)',
        url: delivery,
        headers: { 'if-none-match': etag },
      },
      {
        base: 'bare',
        name: '(a) article list, 100 per page',
        url: `${payloadServer.url}/api/delivery/articles?limit=100`,
      },
      {
        base: 'bare',
        name: '(b) REST find by slug, depth=1',
        url: `${payloadServer.url}/api/articles?where[slug][equals]=${slug}&depth=1`,
      },
      {
        base: 'bare',
        name: '(c) GraphQL page query',
        url: `${payloadServer.url}/api/graphql`,
        method: 'POST',
        body: JSON.stringify({ query: PAGE_QUERY, variables: { slug } }),
      },
      { base: 'bare', name: '(d) driver + JSON.stringify (floor)', url: `${floor.url}/${slug}` },
      { base: 'bare', name: '(e) static JSON, node:http (cache floor)', url: staticServer.url },
    ])
    payloadServer.server.close()
    staticServer.server.close()
    floor.server.close()
    await floor.close()

    // The production stack on the same database: the build must exist (bench/run.ts makes it).
    const next = await startNextServer({
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: String(process.env.PAYLOAD_SECRET),
      SEED_DEMO_CONTENT: 'false',
      BENCH_FLOOR_FILE: floorFile,
    })
    let production: Row[]
    try {
      const nextDelivery = `${next.url}/api/delivery/articles/${slug}`
      const served = await (await fetch(nextDelivery)).text()
      console.log(`next start serves the same bytes: ${served === pageBody ? 'yes' : 'NO'}`)
      production = await measureAll([
        { base: 'next', name: '(a) delivery, next start', url: nextDelivery },
        {
          base: 'next',
          name: '(a) delivery, next start, If-None-Match (304)',
          url: nextDelivery,
          headers: { 'if-none-match': etag },
        },
        {
          base: 'next',
          name: '(f) constant JSON route, next start',
          url: `${next.url}/bench-floor`,
        },
      ])
    } finally {
      await next.stop()
    }
    const rows = [...bare, ...production]
    printTable(adapter, size, rows)
    printTargets(rows)
  } finally {
    rmSync(work, { recursive: true, force: true })
    await app.close()
  }
}

// One size per process: Payload keeps one instance per process.
await benchAdapter(SIZE)
process.exit(0)
