import { afterAll, beforeAll, expect } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'

import type { WebhookEvent, WebhookPayload } from '../../src/webhooks/events'
import type { TeamApp } from './teamApp'

import { bearer } from './users'

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string }

/**
 * The environment a spec with loopback receivers boots with: webhooks to internal addresses are
 * refused unless WEBHOOK_ALLOWED_HOSTS lists them, and every receiver here listens on 127.0.0.1.
 */
export const LOOPBACK_RECEIVERS = { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' }

/** A loopback HTTP server that records what it receives and answers with `status`. */
export const startWebhookReceiver = async (status = 200) => {
  const received: ReceivedWebhook[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    /** For WEBHOOK_ALLOWED_HOSTS: loopback is refused unless listed. */
    host: `127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * For a spec: a receiver subscribed (by an admin, over REST) to `events`, closed after the spec;
 * `events()` delivers what is queued and answers every event body received so far. The spec's
 * app must allow loopback receivers (LOOPBACK_RECEIVERS).
 */
export const useWebhookSubscriber = (spec: TeamApp, events: WebhookEvent[]) => {
  const subscriber = {} as {
    receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
    events: () => Promise<WebhookPayload[]>
  }
  const secret = randomBytes(24).toString('hex')
  beforeAll(async () => {
    spec.app.knownSecrets.push(secret)
    subscriber.receiver = await startWebhookReceiver(200)
    const created = await request(spec.app.server)
      .post('/api/webhooks')
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ name: 'Website', url: subscriber.receiver.url, secret, events })
    expect(created.status).toBe(201)
  })
  afterAll(async () => {
    await subscriber.receiver?.close()
  })
  subscriber.events = async () => {
    await spec.app.payload.jobs.run({ queue: 'webhooks' })
    return subscriber.receiver.received.map((delivery) => JSON.parse(delivery.body))
  }
  return subscriber
}
