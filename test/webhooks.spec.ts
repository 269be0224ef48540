import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import request from 'supertest'

import type { Team } from './helpers/team'
import { startTeamApp } from './helpers/teamApp'
import { allowedHostsSchema } from '../src/webhooks/allowedHosts'
import { resolvePublicAddress } from '../src/webhooks/postToWebhook'
import { targetRefusal } from '../src/webhooks/webhookTarget'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { startWebhookReceiver } from './helpers/webhookReceiver'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

describe('publish webhooks', () => {
  let app: TestApp
  let team: Team
  let healthy: Awaited<ReturnType<typeof startWebhookReceiver>>
  let failing: Awaited<ReturnType<typeof startWebhookReceiver>>
  const secret = randomBytes(24).toString('hex')

  const runDeliveries = () => app.payload.jobs.run({ queue: 'webhooks' })

  beforeAll(async () => {
    healthy = await startWebhookReceiver(200)
    failing = await startWebhookReceiver(500)
    // Loopback is internal: only these two receivers' ports are allowed (not 127.0.0.1 at large).
    ;({ app, team } = await startTeamApp(
      { WEBHOOK_ALLOWED_HOSTS: `${healthy.host}, ${failing.host}` },
      'teamAndDisclaimer',
    ))
    app.knownSecrets.push(secret)
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

  describe('targets', () => {
    // Each reaches this server, its private network or a cloud metadata service. 127.0.0.1 is
    // allowed on the two receivers' ports only.
    const INTERNAL_URLS = [
      'http://127.0.0.1/hooks',
      'http://127.0.0.1:8080/hooks',
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://10.0.0.5/hooks',
      'http://192.168.1.10/hooks',
      'http://0x7f000001/hooks',
      'http://2130706433/hooks',
      'http://0177.0.0.1/hooks',
      'http://100.100.100.200/latest/meta-data/',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://localhost.localdomain/hooks',
      'http://LOCALHOST./hooks',
      'https://admin.localhost/hooks',
    ]
    type Refusal = { status: number; message: string; stored: string }
    const admin = () => bearer(team.admin.token)
    const newWebhook = async () =>
      (
        await app.payload.create({
          collection: 'webhooks',
          data: {
            name: 'Target test',
            url: healthy.url,
            secret,
            events: ['publish'],
            active: false,
          },
        })
      ).id
    // One webhook per path: a refused update leaves it as it was for the next address.
    const targets = new Map<string, Promise<string | number>>()
    const webhookFor = (path: string) => {
      const target = targets.get(path) ?? newWebhook()
      targets.set(path, target)
      return target
    }
    const storedUrl = async (id: string | number) =>
      (await app.payload.findByID({ collection: 'webhooks', id, depth: 0 })).url
    const countOf = async (url: string) =>
      (await app.payload.count({ collection: 'webhooks', where: { url: { equals: url } } }))
        .totalDocs
    const adminUser = () => app.payload.findByID({ collection: 'users', id: team.admin.id })
    const localApiRefusal = async (write: Promise<unknown>) => {
      const error = (await write.then(
        () => ({}),
        (caught: unknown) => caught,
      )) as { status?: number; data?: { errors?: { path: string; message: string }[] } }
      const message = error.data?.errors?.find((entry) => entry.path === 'url')?.message ?? ''
      return { status: error.status ?? 200, message }
    }
    const graphql = (query: string, variables: Record<string, unknown>) =>
      request(app.server)
        .post('/api/graphql')
        .set('Authorization', admin())
        .send({ query, variables })
        .then((response) => {
          const [error] = response.body.errors ?? []
          const data = error?.extensions?.data as { errors?: { path: string; message: string }[] }
          return {
            status: error?.extensions?.statusCode ?? 200,
            message: data?.errors?.find((entry) => entry.path === 'url')?.message ?? '',
          }
        })

    const PATHS: [string, (url: string) => Promise<Refusal>][] = [
      [
        'REST create',
        async (url) => {
          const response = await request(app.server)
            .post('/api/webhooks')
            .set('Authorization', admin())
            .send({ name: 'Internal', url, secret, events: ['publish'] })
          const message = fieldErrors(response.body).find((e) => e.path === 'url')?.message ?? ''
          return { status: response.status, message, stored: `${await countOf(url)} rows` }
        },
      ],
      [
        'REST update by id',
        async (url) => {
          const id = await webhookFor('rest-id')
          const response = await request(app.server)
            .patch(`/api/webhooks/${id}`)
            .set('Authorization', admin())
            .send({ url })
          const message = fieldErrors(response.body).find((e) => e.path === 'url')?.message ?? ''
          return { status: response.status, message, stored: await storedUrl(id) }
        },
      ],
      [
        'REST bulk update',
        async (url) => {
          const id = await webhookFor('rest-bulk')
          const response = await request(app.server)
            .patch(`/api/webhooks?where[id][equals]=${id}`)
            .set('Authorization', admin())
            .send({ url })
          // Payload's bulk answer names the field; the reason is in the single-document answer.
          const message = /\burl\b/i.test(JSON.stringify(response.body.errors))
            ? 'Webhooks are not sent to internal addresses'
            : ''
          return { status: response.status, message, stored: await storedUrl(id) }
        },
      ],
      [
        'GraphQL create',
        async (url) => ({
          ...(await graphql(
            'mutation ($url: String!, $secret: String!) { createWebhook(data: { name: "Internal", url: $url, secret: $secret, events: [publish] }) { id } }',
            { url, secret },
          )),
          stored: `${await countOf(url)} rows`,
        }),
      ],
      [
        'GraphQL update',
        async (url) => {
          const id = await webhookFor('graphql')
          return {
            ...(await graphql(
              'mutation ($id: String!, $url: String!) { updateWebhook(id: $id, data: { url: $url }) { id } }',
              { id, url },
            )),
            stored: await storedUrl(id),
          }
        },
      ],
      [
        'Local API create (overrideAccess: false)',
        async (url) => ({
          ...(await localApiRefusal(
            app.payload.create({
              collection: 'webhooks',
              data: { name: 'Internal', url, secret, events: ['publish'] },
              overrideAccess: false,
              user: await adminUser(),
            }),
          )),
          stored: `${await countOf(url)} rows`,
        }),
      ],
      [
        'Local API update (overrideAccess: false)',
        async (url) => {
          const id = await webhookFor('local-api')
          return {
            ...(await localApiRefusal(
              app.payload.update({
                collection: 'webhooks',
                id,
                data: { url },
                overrideAccess: false,
                user: await adminUser(),
              }),
            )),
            stored: await storedUrl(id),
          }
        },
      ],
    ]

    it.each(PATHS)('refuses every internal address form at save: %s', async (path, attempt) => {
      const answers: string[] = []
      for (const url of INTERNAL_URLS) {
        const { status, message, stored } = await attempt(url)
        const expected = path.includes('create') ? '0 rows' : healthy.url
        if (status !== 400 || !message.includes('internal addresses') || stored !== expected) {
          answers.push(`${url}: ${status} "${message}", stored ${stored}`)
        }
      }
      expect(answers).toEqual([])
    })

    it('tells the admin why, in words', async () => {
      const response = await request(app.server)
        .post('/api/webhooks')
        .set('Authorization', admin())
        .send({ name: 'Metadata', url: 'http://169.254.169.254/', secret, events: ['publish'] })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body)).toEqual([
        {
          path: 'url',
          message:
            'Webhooks are not sent to internal addresses: 169.254.169.254 is a link-local address ' +
            "(where cloud metadata services answer). Use the receiver's public address, or ask the " +
            'operator to list the host in WEBHOOK_ALLOWED_HOSTS.',
          label: expect.anything(),
        },
      ])
    })

    it('accepts a public address, and a loopback receiver that WEBHOOK_ALLOWED_HOSTS lists', async () => {
      for (const url of [
        'https://hooks.example.org/cms',
        'http://93.184.215.14/hooks',
        healthy.url,
      ]) {
        const response = await request(app.server)
          .post('/api/webhooks')
          .set('Authorization', admin())
          .send({ name: 'Fine', url, secret, events: ['review.assigned'], active: false })
        expect({ url, status: response.status }).toEqual({ url, status: 201 })
      }
    })

    it('refuses at delivery a target stored before the check, records why, and does not retry', async () => {
      const stray = await startWebhookReceiver(200)
      try {
        const port = new URL(stray.url).port
        const stored: string[] = []
        for (const url of [
          stray.url,
          `http://0x7f000001:${port}/hooks`,
          `http://localhost:${port}/hooks`,
          'http://metadata.google.internal/computeMetadata/v1/',
        ]) {
          const id = await newWebhook()
          // As a row saved before targets were checked: straight to the database.
          await app.payload.db.updateOne({
            collection: 'webhooks',
            id,
            data: { url, active: true },
          })
          stored.push(String(id))
        }
        const faq = await createAs(app.server, team.writer, 'faqs', faqData('Stored before?'))
        await publishThroughWorkflow(app.server, 'faqs', faq, team)
        await runDeliveries()

        expect(stray.received).toEqual([])
        const { docs } = await app.payload.find({
          collection: 'webhook-deliveries',
          where: { webhook: { in: stored } },
          depth: 0,
          pagination: false,
        })
        expect(docs.map((entry) => [String(entry.webhook), entry.outcome]).sort()).toEqual(
          stored.map((id) => [id, 'failed']).sort(),
        )
        const reasons = docs.map((entry) => entry.error).sort()
        expect(reasons).toEqual(
          [
            expect.stringContaining('127.0.0.1 is a loopback address'),
            expect.stringContaining('127.0.0.1 is a loopback address'),
            expect.stringContaining('localhost is an internal name'),
            expect.stringContaining('metadata.google.internal is an internal name'),
          ].sort(),
        )
        const { docs: pending } = await app.payload.find({
          collection: 'payload-jobs',
          where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }] },
          depth: 0,
        })
        const pendingTargets = pending.map((job) => (job.input as { webhook: string }).webhook)
        expect(pendingTargets.filter((id) => stored.includes(id))).toEqual([])
        await runDeliveries()
        expect(stray.received).toEqual([])
      } finally {
        await stray.close()
      }
    })

    it('judges IPv6 targets, which only a stored row or a future URL rule can carry', () => {
      const judged = [
        'http://[::1]/',
        'http://[::ffff:127.0.0.1]/',
        'http://[64:ff9b::a9fe:a9fe]/',
        'http://[fd00:ec2::254]/',
        'http://[fe80::1]/',
        'http://[::127.0.0.1]:8080/',
        'http://[2606:4700:4700::1111]/',
      ].map((url) => [url, targetRefusal(new URL(url), [])])
      expect(judged).toEqual([
        ['http://[::1]/', '::1 is a loopback address (this server itself)'],
        [
          'http://[::ffff:127.0.0.1]/',
          '::ffff:7f00:1 is an IPv6 address standing for an IPv4 address',
        ],
        [
          'http://[64:ff9b::a9fe:a9fe]/',
          '64:ff9b::a9fe:a9fe is an IPv6 address standing for an IPv4 address',
        ],
        ['http://[fd00:ec2::254]/', 'fd00:ec2::254 is a private network address'],
        [
          'http://[fe80::1]/',
          'fe80::1 is a link-local address (where cloud metadata services answer)',
        ],
        ['http://[::127.0.0.1]:8080/', '::7f00:1 is an IPv6 address standing for an IPv4 address'],
        ['http://[2606:4700:4700::1111]/', undefined],
      ])
    })

    it('reads WEBHOOK_ALLOWED_HOSTS as hosts, optionally with a port, spelled as URLs spell them', () => {
      const allowed = allowedHostsSchema.parse(
        ' 127.0.0.1:4000, Hooks.Corp.Internal. ,[::1]:8080,0x0a000001',
      )
      const allows = (url: string) => targetRefusal(new URL(url), allowed) === undefined
      expect(
        [
          'http://127.0.0.1:4000/a',
          'http://127.0.0.1:4001/a',
          'http://hooks.corp.internal/a',
          'https://hooks.corp.internal:9443/a',
          'http://[::1]:8080/a',
          'http://[::1]/a',
          'http://10.0.0.1/a',
          'http://10.0.0.2/a',
        ].map((url) => [url, allows(url)]),
      ).toEqual([
        ['http://127.0.0.1:4000/a', true],
        ['http://127.0.0.1:4001/a', false],
        ['http://hooks.corp.internal/a', true],
        ['https://hooks.corp.internal:9443/a', true],
        ['http://[::1]:8080/a', true],
        ['http://[::1]/a', false],
        ['http://10.0.0.1/a', true],
        ['http://10.0.0.2/a', false],
      ])
      expect(targetRefusal(new URL('http://hooks.corp.internal/a'), [])).toBe(
        'hooks.corp.internal is an internal name',
      )
      for (const bad of ['http://10.0.0.1/', 'hooks.example.org/path', 'user@host', 'a b']) {
        expect(allowedHostsSchema.safeParse(bad).success).toBe(false)
      }
    })

    it('refuses at delivery a name whose addresses are internal', async () => {
      // Resolved by the system resolver, as at delivery (localhost: 127.0.0.1 or ::1).
      await expect(resolvePublicAddress('localhost')).rejects.toThrow(
        /^Webhooks are not sent to internal addresses: localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
      )
    })
  })
})
