import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { liveArticle, reviewDueDaysAgo, runExpiry } from './helpers/expiry'
import { deliveryPage, readLive } from './helpers/revisions'
import { auditEntries } from './helpers/schedules'
import { type SecondInstance, startSecondInstance } from './helpers/secondInstance'
import { freePort, type SmtpInbox, startSmtpInbox } from './helpers/smtpInbox'
import { useTeamApp } from './helpers/teamApp'
import { LOOPBACK_RECEIVERS, useWebhookSubscriber } from './helpers/webhookReceiver'

describe('page expiry under EXPIRY_POLICY=withdraw, REVIEW_GRACE_DAYS=7', () => {
  let inbox: SmtpInbox
  let other: SecondInstance
  const env: Record<string, string> = {
    ...LOOPBACK_RECEIVERS,
    EXPIRY_POLICY: 'withdraw',
    REVIEW_GRACE_DAYS: '7',
  }
  beforeAll(async () => {
    inbox = await startSmtpInbox(await freePort())
    Object.assign(env, { SMTP_URL: inbox.url, EMAIL_FROM: 'MedReview <cms@example.test>' })
  })
  const ctx = useTeamApp(env)
  const webhooks = useWebhookSubscriber(ctx, ['withdraw'])
  beforeAll(async () => {
    other = await startSecondInstance()
  }, 90_000)
  afterAll(async () => {
    await other?.stop()
    await inbox?.close()
  })

  it('withdraws an expired page through the normal withdrawal, once: 404 on every instance, audited, purged, the author told', async () => {
    const { app, team } = ctx
    const expiring = await liveArticle(ctx, 'Withdrawn when it expires')
    const inGrace = await liveArticle(ctx, 'Still in its grace days')
    await reviewDueDaysAgo(app.payload, expiring.id, 8)
    await reviewDueDaysAgo(app.payload, inGrace.id, 6)
    const path = `/api/delivery/articles/${expiring.slug}`
    expect((await request(other.url).get(path)).status).toBe(200)

    await runExpiry(app.payload)
    await runExpiry(app.payload)
    expect((await request(other.url).get(path)).status).toBe(404)
    expect((await request(app.server).get(path)).status).toBe(404)
    expect((await readLive(app.server, 'articles', expiring.id)).status).toBe(404)
    const stored = await app.payload.findByID({
      collection: 'articles',
      id: expiring.id,
      draft: true,
    })
    expect(stored.workflowState).toBe('withdrawn')
    expect(stored.withdrawalReason).toMatch(/^Expired on .*not signed off again\.$/)
    const audits = await auditEntries(app.payload, expiring.id, 'withdraw')
    expect(audits).toHaveLength(1)
    expect(audits[0].details).toMatchObject({ expired: { policy: 'withdraw' } })
    expect(audits[0].comment).toBe(stored.withdrawalReason)

    const withdrawals = (await webhooks.events()).filter((event) => event.id === expiring.id)
    expect(withdrawals).toEqual([
      expect.objectContaining({ event: 'withdraw', collection: 'articles', purge: true }),
    ])
    for (let pass = 0; pass < 3; pass += 1) await app.payload.jobs.run({ queue: 'notifications' })
    expect(inbox.to(team.writer.email).map((mail) => mail.subject)).toContain(
      '[MedReview] Withdrawn: Withdrawn when it expires',
    )

    expect((await deliveryPage(app.server, inGrace.slug)).status).toBe(200)
    expect((await request(other.url).get(`/api/delivery/articles/${inGrace.slug}`)).status).toBe(
      200,
    )
  })
})
