import { spawn } from 'node:child_process'
import { Session } from 'node:inspector/promises'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

import { createPayloadHttpServer } from '../support/nodeHttpServer'
import { startThrowawayApp } from '../support/throwawayApp'
import { seedArticles } from './fixtures'

/**
 * Where a delivery request (one stored-page read) spends its CPU: profiles the server under autocannon load
 * (a separate process) and prints self time grouped by package, then the top functions.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const SIZE = Number(process.env.BENCH_SIZE ?? 1)

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const packageOf = (url: string) => {
  const match = url.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (match) return match[1]
  if (url.includes('/src/')) return 'this project (src/)'
  if (url.startsWith('node:') || !url) return 'node internals / GC / native'
  return url
}

const app = await startThrowawayApp({ SEED_DEMO_CONTENT: 'false' })
const { slugs } = await seedArticles(app.payload, SIZE)
const handler = createPayloadHttpServer(app.config)
const server = createServer((req, res) => handler.emit('request', req, res))
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/delivery/articles/${slugs[0]}`

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.start')
await new Promise<void>((resolve, reject) => {
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
const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } }

const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
const byPackage = new Map<string, number>()
const byFunction = new Map<string, number>()
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0
  const pkg = packageOf(node.callFrame.url)
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits)
  const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*node_modules\//, '')}:${node.callFrame.lineNumber}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + hits)
}
const top = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n')
console.log(`\nself time by package (${SIZE} article(s)):\n${top(byPackage, 15)}`)
console.log(`\ntop functions:\n${top(byFunction, 25)}`)
server.close()
await app.close()
process.exit(0)
