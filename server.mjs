/*
 * The production server (`npm start`, and the Docker image): one node:http server on one port.
 * The delivery API (/api/delivery/articles and its pages) is answered here, from the page store,
 * by the handler the Next build offers at start-up (src/lifecycle/offerDeliveryToServer.ts);
 * every other request goes to Next's handler: the admin, REST and GraphQL are Next's as before.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
process.env.NODE_ENV = 'production'

// The standalone output (Docker) must not load next.config.mjs (its build tools are not there):
// as Next's own standalone server.js does, it runs on the config the build resolved.
const serverFiles = path.join(dir, '.next', 'required-server-files.json')
const builtConfig = existsSync(serverFiles)
  ? JSON.parse(readFileSync(serverFiles, 'utf8')).config
  : undefined
const standalone = builtConfig?.output === 'standalone'
if (standalone) {
  process.chdir(dir)
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(builtConfig)
}

const { default: next } = await import('next')
const app = next({ dev: false, dir, hostname, port, ...(standalone ? { conf: builtConfig } : {}) })
const handleWithNext = app.getRequestHandler()
await app.prepare()

const DELIVERY_HANDLER = Symbol.for('medreview.deliveryHandler')
const DELIVERY_PATH = /^\/api\/delivery\/articles(\/|\?|$)/

const failed = (res, error) => {
  console.error('The delivery API failed to answer', error)
  if (res.headersSent) return res.destroy()
  res.writeHead(500, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
}

const server = createServer((req, res) => {
  const delivery = globalThis[DELIVERY_HANDLER]
  if (!delivery || !DELIVERY_PATH.test(req.url ?? '')) return handleWithNext(req, res)
  delivery.handle(req, res).then(
    (answered) => answered || handleWithNext(req, res),
    (error) => failed(res, error),
  )
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => {
  console.log(`MedReview CMS on http://${hostname}:${port}`)
})

// A container stop or Ctrl-C: finish the requests in flight, then exit (writing --cpu-prof too).
const shutDown = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)
