import type { Endpoint } from 'payload'

import { pingDatabase } from '../database/ping'

const PING_TIMEOUT_MS = 2000

/** For docker compose health checks and load balancers: 200 only while the database answers. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const checkedAt = new Date().toISOString()
    try {
      await pingDatabase(req.payload, PING_TIMEOUT_MS)
      return Response.json({ status: 'ok', database: 'up', checkedAt })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json(
        { status: 'unavailable', database: 'down', checkedAt },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
