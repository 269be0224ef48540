import type { Endpoint } from 'payload'

import { z } from 'zod'

import { pingDatabase } from '../database/ping'

const PING_TIMEOUT_MS = 2000

export const healthSchema = z
  .strictObject({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['up', 'down']),
    checkedAt: z.string(),
  })
  .meta({ id: 'Health' })
type Health = z.infer<typeof healthSchema>

/** For docker compose health checks and load balancers: 200 only while the database answers. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const checkedAt = new Date().toISOString()
    try {
      await pingDatabase(req.payload, PING_TIMEOUT_MS)
      return Response.json({ status: 'ok', database: 'up', checkedAt } satisfies Health)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json(
        { status: 'unavailable', database: 'down', checkedAt } satisfies Health,
        {
          status: 503,
          headers: { 'Cache-Control': 'no-store' },
        },
      )
    }
  },
}
