import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startNextServer } from '../support/nextStart'
import { createPayloadHttpServer } from '../support/nodeHttpServer'
import { startThrowawayApp, type ThrowawayApp } from '../support/throwawayApp'
import { seedArticles } from './fixtures'
import { type CpuProfile, summarizeProfile } from './profileSummary'

/**
 * Where a delivery request (one stored-page read) spends its CPU: profiles the server under
 * autocannon load (a separate process) and prints self time grouped by package, then the top
 * functions. PROFILE_TARGET=next profiles `next start` (build first) instead of the bare adapter.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const SIZE = Number(process.env.BENCH_SIZE ?? 1)
// Production mode, as deployed, so `next start` finds the migrations it expects.
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')

const loadFor = (url: string) =>
  new Promise<void>((resolve, reject) => {
    const load = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url)),
        '-c',
        '10',
        '-d',
        String(SECONDS),
        url,
      ],
      { stdio: 'ignore' },
    )
    load.on('close', () => resolve())
    load.on('error', reject)
  })

/** This process serves through the bare node:http adapter and profiles itself. */
const profileBareAdapter = async (payloadConfig: ThrowawayApp['config'], slug: string) => {
  const handler = createPayloadHttpServer(payloadConfig)
  const server = createServer((req, res) => handler.emit('request', req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  await loadFor(
    `http://127.0.0.1:${(server.address() as { port: number }).port}/api/delivery/articles/${slug}`,
  )
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
  server.close()
  return profile
}

/** `next start` on the same database with --cpu-prof, which writes its profile when it exits. */
const profileNextStart = async (slug: string) => {
  const directory = mkdtempSync(path.join(tmpdir(), 'medreview-profile-'))
  try {
    const next = await startNextServer(
      {
        DATABASE_URI: String(process.env.DATABASE_URI),
        PAYLOAD_SECRET: String(process.env.PAYLOAD_SECRET),
        SEED_DEMO_CONTENT: 'false',
        JOBS_AUTORUN: 'false',
      },
      ['--cpu-prof', `--cpu-prof-dir=${directory}`],
    )
    await fetch(`${next.url}/api/delivery/articles/${slug}`)
    await loadFor(`${next.url}/api/delivery/articles/${slug}`)
    await next.stop()
    const files = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'))
    // next start runs the server in a child process: the largest profile is the one that served.
    const largest = files
      .map((file) => path.join(directory, file))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]
    if (!largest) throw new Error(`next start wrote no CPU profile:\n${next.log()}`)
    return JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

const app = await startThrowawayApp({ SEED_DEMO_CONTENT: 'false' })
try {
  const { slugs } = await seedArticles(app.payload, SIZE)
  const target = process.env.PROFILE_TARGET === 'next' ? 'next start' : 'bare adapter'
  const profile =
    target === 'next start'
      ? await profileNextStart(slugs[0])
      : await profileBareAdapter(app.config, slugs[0])
  console.log(summarizeProfile(profile, `${target}, ${SIZE} article(s)`))
} finally {
  await app.close()
}
process.exit(0)
