import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import request from 'supertest'

import { createTeam, type Team } from './helpers/team'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { startWebhookReceiver } from './helpers/webhookReceiver'
import {
  act,
  createAs,
  faqData,
  publishDefaultDisclaimer,
  publishThroughWorkflow,
} from './helpers/workflow'

describe('publish webhooks', () => {
  let app: TestApp
  let team: Team
  let healthy: Awaited<ReturnType<typeof startWebhookReceiver>>
  let failing: Awaited<ReturnType<typeof startWebhookReceiver>>
  const secret = randomBytes(24).toString('hex')

  const runDeliveries = () => app.payload.jobs.run({ queue: 'webhooks' })

  beforeAll(async () => {
    app = await startTestApp()
    app.knownSecrets.push(secret)
    team = await createTeam(app.payload, app.server)
    await publishDefaultDisclaimer(app.payload)
    healthy = await startWebhookReceiver(200)
    failing = await startWebhookReceiver(500)
    for (const [name, receiver] of [
      ['Website', healthy],
      ['Broken mirror', failing],
    ] as const) {
      const response = await request(app.server)
        .post('/api/webhooks')
        .set('Authorization', bearer(team.admin.token))
        .send({ name, url: receiver.url, secret, events: ['publish', 'withdraw'] })
      expect(response.status).toBe(201)
    }
  })

  afterAll(async () => {
    await healthy.close()
    await failing.close()
    await app.close()
  })

  it('lets only admins see or manage webhooks, and never returns the secret', async () => {
    const asEditor = await request(app.server)
      .get('/api/webhooks')
      .set('Authorization', bearer(team.editor.token))
    expect(asEditor.status).toBe(403)
    const asAdmin = await request(app.server)
      .get('/api/webhooks')
      .set('Authorization', bearer(team.admin.token))
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.docs[0].secret).toBeUndefined()
    const tooShort = await request(app.server)
      .post('/api/webhooks')
      .set('Authorization', bearer(team.admin.token))
      .send({ name: 'Weak', url: healthy.url, secret: 'short', events: ['publish'] })
    expect(tooShort.status).toBe(400)
  })

  it('POSTs a signed publish event, while a failing receiver neither blocks the publish nor stops retries', async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData('Can baclofen be crushed?'))
    await runDeliveries()
    expect(healthy.received).toHaveLength(0) // a draft is never announced

    const published = await publishThroughWorkflow(app.server, 'faqs', id, team)
    expect(published.state).toBe('published')
    await runDeliveries()

    expect(healthy.received).toHaveLength(1)
    const [delivery] = healthy.received
    const expected = `sha256=${createHmac('sha256', secret).update(delivery.body).digest('hex')}`
    expect(delivery.headers['x-signature']).toBe(expected)
    expect(JSON.parse(delivery.body)).toMatchObject({
      event: 'publish',
      collection: 'faqs',
      id,
      title: 'Can baclofen be crushed?',
    })

    expect(failing.received).toHaveLength(1)
    const { docs: log } = await app.payload.find({
      collection: 'webhook-deliveries',
      where: { documentId: { equals: id } },
    })
    expect(log.map((entry) => entry.outcome).sort()).toEqual(['delivered', 'failed'])
    const { docs: pending } = await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }] },
    })
    expect(pending).toHaveLength(1)
    expect(pending[0].totalTried).toBe(1)
    expect(new Date(pending[0].waitUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
  })

  it('announces a withdrawal without any content', async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData('Withdrawn question?'))
    await publishThroughWorkflow(app.server, 'faqs', id, team)
    await runDeliveries()
    const before = healthy.received.length
    const response = await act(app.server, team.editor, 'faqs', id, 'withdraw', {
      reason: 'Superseded',
    })
    expect(response.status).toBe(200)
    await runDeliveries()
    const events = healthy.received.slice(before).map((delivery) => JSON.parse(delivery.body))
    expect(events).toEqual([
      {
        event: 'withdraw',
        collection: 'faqs',
        id,
        purge: true,
        purgeKeys: [`faqs:${id}`, 'article-list'],
        occurredAt: expect.any(String),
      },
    ])
  })
})
