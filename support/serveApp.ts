/**
 * A second CMS process for tests of several instances on one database: boots the real config on
 * DATABASE_URI behind the node:http adapter and prints `LISTENING <port>` once it serves.
 */
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import { createPayloadHttpServer } from './nodeHttpServer'

const { default: config } = await import('../src/payload.config')
await getPayload({ config })
const server = createPayloadHttpServer(config)
server.listen(0, '127.0.0.1', () => {
  console.log(`LISTENING ${(server.address() as AddressInfo).port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
