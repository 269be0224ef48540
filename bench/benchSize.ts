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
import { rawRequestTo } from '../support/rawHttp'
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

type Floor = 'e' | 'e gzip' | 'e list' | 'e list gzip'

type Scenario = {
  name: string
  url: string
  /** The (e) row this one is measured against: the same bytes from bare node:http. */
  floor?: Floor
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}
type Figure = {
  scenario: string
  floor?: Floor
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
    floor: scenario.floor,
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
type NextScenario = Scenario & { base: 'next' }

const ratio = (figure: Figure, base?: Figure) =>
  base && base.rps ? `${((figure.rps / base.rps) * 100).toFixed(0)}%` : 'n/a'

const printTable = (adapter: string, size: number, rows: Row[]) => {
  const find = (prefix: string, connections: number) =>
    rows.find((row) => row.scenario.startsWith(prefix) && row.connections === connections)
  console.log(`\n${adapter}, ${size} article(s), ${SECONDS}s per run`)
  console.log(
    '| scenario | conns | req/s | p50 ms | p99 ms | vs (d) | vs its (e) | vs (f) | errors |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) {
    const f = row.base === 'next' ? ratio(row, find('(f)', row.connections)) : ''
    const e = row.floor ? ratio(row, find(`(${row.floor})`, row.connections)) : ''
    console.log(
      `| ${row.scenario} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${ratio(row, find('(d)', row.connections))} | ${e} | ${f} | ${row.errors} |`,
    )
  }
}

/** The issue's targets, as ratios of this run's figures. */
const printTargets = (rows: Row[]) => {
  const at = (prefix: string, connections: number) =>
    rows.find((row) => row.scenario.startsWith(prefix) && row.connections === connections)
  const lines: string[] = []
  const target = (label: string, prefix: string, connections: number, atLeast: number) => {
    const row = at(prefix, connections)
    const floor = row?.floor && at(`(${row.floor})`, connections)
    if (row && floor)
      lines.push(`${label} ≥ ${atLeast}% of its (e) at ${connections}: ${ratio(row, floor)}`)
  }
  for (const connections of CONNECTIONS) {
    target('npm start, warm page, identity', '(a) npm start, warm page, identity', connections, 70)
    target('npm start, warm page, gzip', '(a) npm start, warm page, gzip', connections, 70)
    target('npm start, cold page, identity', '(a) npm start, cold page, identity', connections, 40)
    target('npm start, cold page, gzip', '(a) npm start, cold page, gzip', connections, 40)
    target('npm start, 304', '(a) npm start, If-None-Match (304)', connections, 80)
    target('npm start, list, identity', '(a) npm start, list', connections, 50)
    target('npm start, list, gzip', '(a) npm start, list, gzip', connections, 50)
  }
  for (const prefix of [
    '(a) npm start, warm page, identity',
    '(a) npm start, warm page, gzip',
    '(a) npm start, cold page, identity',
    '(a) npm start, cold page, gzip',
  ]) {
    const row = at(prefix, 50)
    if (row) lines.push(`p99 < 50 ms at 50 connections, ${prefix.slice(4)}: ${row.p99} ms`)
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
    const pagePath = `/api/delivery/articles/${slug}`
    const listPath = '/api/delivery/articles?limit=100'
    const delivery = `${payloadServer.url}${pagePath}`
    const bytesOf = async (path: string, encoding: string) =>
      (await rawRequestTo(payloadServer.url, 'GET', path, { 'Accept-Encoding': encoding })).body
    const first = await rawRequestTo(payloadServer.url, 'GET', pagePath, {
      'Accept-Encoding': 'identity',
    })
    const pageBody = first.body.toString('utf8')
    const gzipTag = String(
      (await rawRequestTo(payloadServer.url, 'GET', pagePath, { 'Accept-Encoding': 'gzip' }))
        .headers.etag,
    )
    const floors = await Promise.all([
      startStaticServer(first.body),
      startStaticServer(await bytesOf(pagePath, 'gzip'), 'gzip'),
      startStaticServer(await bytesOf(listPath, 'identity')),
      startStaticServer(await bytesOf(listPath, 'gzip'), 'gzip'),
    ])
    const [staticPage, staticGzip, staticList, staticListGzip] = floors
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

    const gzip = { 'accept-encoding': 'gzip' }
    const pageScenarios = (url: string, memory: 'warm' | 'cold'): NextScenario[] => [
      { base: 'next', floor: 'e', name: `(a) npm start, ${memory} page, identity`, url },
      {
        base: 'next',
        floor: 'e gzip',
        name: `(a) npm start, ${memory} page, gzip`,
        url,
        headers: gzip,
      },
    ]
    const bare = await measureAll([
      { base: 'bare', floor: 'e', name: '(a) bare adapter, page, identity', url: delivery },
      {
        base: 'bare',
        floor: 'e gzip',
        name: '(a) bare adapter, page, gzip',
        url: delivery,
        headers: gzip,
      },
      {
        base: 'bare',
        floor: 'e list',
        name: '(a) bare adapter, list, 100 per page',
        url: `${payloadServer.url}${listPath}`,
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
      { base: 'bare', name: '(e) the page, identity, node:http from memory', url: staticPage.url },
      { base: 'bare', name: '(e gzip) the page, gzip, node:http', url: staticGzip.url },
      { base: 'bare', name: '(e list) the list, identity, node:http', url: staticList.url },
      { base: 'bare', name: '(e list gzip) the list, gzip, node:http', url: staticListGzip.url },
    ])
    payloadServer.server.close()
    for (const server of floors) server.server.close()
    floor.server.close()
    await floor.close()

    // The production stack on the same database: the build must exist (bench/run.ts makes it).
    const production: Row[] = []
    const nextEnv = {
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: String(process.env.PAYLOAD_SECRET),
      SEED_DEMO_CONTENT: 'false',
      BENCH_FLOOR_FILE: floorFile,
    }
    const warm = await startNextServer(nextEnv)
    try {
      const served = await rawRequestTo(warm.url, 'GET', pagePath, {
        'Accept-Encoding': 'identity',
      })
      console.log(
        `npm start serves the same bytes: ${served.body.equals(first.body) ? 'yes' : 'NO'}`,
      )
      const page = `${warm.url}${pagePath}`
      production.push(
        ...(await measureAll([
          ...pageScenarios(page, 'warm'),
          {
            base: 'next',
            floor: 'e',
            name: '(a) npm start, If-None-Match (304)',
            url: page,
            headers: { ...gzip, 'if-none-match': gzipTag },
          },
          {
            base: 'next',
            floor: 'e list',
            name: '(a) npm start, list, 100 per page',
            url: `${warm.url}${listPath}`,
          },
          {
            base: 'next',
            floor: 'e list gzip',
            name: '(a) npm start, list, gzip',
            url: `${warm.url}${listPath}`,
            headers: gzip,
          },
          { base: 'next', name: '(f) constant JSON route in Next', url: `${warm.url}/bench-floor` },
        ])),
      )
    } finally {
      await warm.stop()
    }
    // No page in memory: every read takes the bytes from the store.
    const cold = await startNextServer({ ...nextEnv, DELIVERY_MEMORY_MB: '0' })
    try {
      const page = `${cold.url}${pagePath}`
      production.push(...(await measureAll([...pageScenarios(page, 'cold')])))
    } finally {
      await cold.stop()
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
