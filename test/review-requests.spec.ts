import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import request from 'supertest'

import { findDrugByName } from '../src/drugs/findDrugByName'
import { articleData, createComparisonRow } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { LOOPBACK_RECEIVERS, startWebhookReceiver } from './helpers/webhookReceiver'
import { createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Flagged = { collection: string; id: string; title: string }

/** POST /api/review-requests { drug, reason }: a drug-wide re-review, now. */
describe('drug-wide review requests', () => {
  const ctx = useTeamApp(LOOPBACK_RECEIVERS)
  const secret = randomBytes(24).toString('hex')
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>

  beforeAll(async () => {
    receiver = await startWebhookReceiver(200)
    ctx.app.knownSecrets.push(secret)
    const hook = await request(ctx.app.server)
      .post('/api/webhooks')
      .set('Authorization', bearer(ctx.team.admin.token))
      .send({ name: 'Review desk', url: receiver.url, secret, events: ['review.required'] })
    expect(hook.status).toBe(201)
  })
  afterAll(async () => {
    await receiver.close()
  })

  const createDrug = async (name: string, synonyms: string[] = []) => {
    const response = await request(ctx.app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(ctx.team.editor.token))
      .send({ name, synonyms })
    expect(response.status).toBe(201)
    return response.body.doc.id as string
  }

  it('finds a drug by name or synonym however it is written, and keeps names unambiguous', async () => {
    const { app, team } = ctx
    const id = await createDrug('tizanidine', ['Zanaflex'])
    for (const written of ['tizanidine', ' Tizanidine ', 'TIZANIDINE', 'zanaflex', 'Zanaflex'])
      expect(String((await findDrugByName(app.payload, written))?.id)).toBe(id)
    const clash = await request(app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(team.editor.token))
      .send({ name: 'Other', synonyms: ['ZANAFLEX'] })
    expect(clash.status).toBe(400)
    expect(JSON.stringify(clash.body)).toMatch(/synonyms/)
    const sameName = await request(app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(team.editor.token))
      .send({ name: 'Zanaflex' })
    expect(sameName.status).toBe(400)
    const forged = await request(app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(team.writer.token))
      .send({ name: 'dantrolene', knownNames: ['tizanidine'] })
    expect(forged.status).toBe(201)
    expect(forged.body.doc.knownNames).toEqual(['dantrolene'])
  })

  it('flags exactly the published documents about the drug, at the top of the overdue queue, audited and announced', async () => {
    const { app, team } = ctx
    const baclofen = await createDrug('baclofen', ['Lioresal', 'Ozobax'])
    const other = await createDrug('cyclobenzaprine', ['Flexeril'])
    const publish = async (
      collection: 'articles' | 'faqs' | 'comparison-rows',
      data: Record<string, unknown>,
    ) => {
      const id = await createAs(app.server, team.writer, collection, data)
      await publishThroughWorkflow(app.server, collection, id, team)
      return id
    }
    const article = await publish('articles', articleData({ drugs: [baclofen] }))
    const faq = await publish('faqs', { ...faqData('Is Lioresal baclofen?'), drugs: [baclofen] })
    const row = await createComparisonRow(app.payload, 'Onset', ['Oral Baclofen'], team.writer)
    await request(app.server)
      .patch(`/api/comparison-rows/${row.id}?draft=true`)
      .set('Authorization', bearer(team.writer.token))
      .send({ drugs: [baclofen, other] })
    await publishThroughWorkflow(app.server, 'comparison-rows', String(row.id), team)
    const aboutOther = await publish('articles', articleData({ drugs: [other] }))
    const draftOnly = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({ drugs: [baclofen] }),
    )
    const overdueLongAgo = await publish('faqs', faqData('Old question?'))
    await app.payload.db.updateOne({
      collection: 'faqs',
      where: { id: { equals: overdueLongAgo } },
      data: { nextReviewDue: '2020-01-01T00:00:00.000Z' },
    })
    const liveArticleBefore = (await request(app.server).get(`/api/articles/${article}`)).body

    const asWriter = await request(app.server)
      .post('/api/review-requests')
      .set('Authorization', bearer(team.writer.token))
      .send({ drug: baclofen, reason: 'Label change' })
    expect(asWriter.status).toBe(403)
    for (const bad of [
      { drug: baclofen },
      { reason: 'No drug' },
      { drug: baclofen, reason: '   ' },
      // An id no drug can have (not an ObjectId on MongoDB, not a number on SQLite).
      { drug: 'baclofen', reason: 'A name, not an id' },
    ]) {
      const response = await request(app.server)
        .post('/api/review-requests')
        .set('Authorization', bearer(team.editor.token))
        .send(bad)
      expect(response.status).toBe(400)
    }

    const reason = 'FDA label change: new boxed warning'
    const response = await request(app.server)
      .post('/api/review-requests')
      .set('Authorization', bearer(team.editor.token))
      .send({ drug: baclofen, reason })
    expect(response.status).toBe(201)
    const flagged: Flagged[] = response.body.doc.affectedDocuments
    expect(flagged.map((doc) => `${doc.collection}:${doc.id}`).sort()).toEqual(
      [`articles:${article}`, `faqs:${faq}`, `comparison-rows:${row.id}`].sort(),
    )
    expect(flagged.map((doc) => doc.id)).not.toContain(aboutOther)
    expect(flagged.map((doc) => doc.id)).not.toContain(draftOnly)

    const live = (await request(app.server).get(`/api/articles/${article}`)).body
    expect(live.reviewReason).toBe(reason)
    expect(new Date(live.nextReviewDue).getTime()).toBeLessThanOrEqual(Date.now())
    expect(live.summary).toBe(liveArticleBefore.summary)
    expect(live.lastReviewedAt).toBe(liveArticleBefore.lastReviewedAt)

    const queue = await request(app.server)
      .get('/api/review-queue')
      .set('Authorization', bearer(team.reviewer.token))
    const overdue = queue.body.overdue as { id: string; reviewReason: string | null }[]
    expect(
      overdue
        .slice(0, 3)
        .map((item) => item.id)
        .sort(),
    ).toEqual([article, faq, String(row.id)].sort())
    expect(overdue[0].reviewReason).toBe(reason)
    expect(overdue.map((item) => item.id)).toContain(overdueLongAgo)

    const { docs: audits } = await app.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'review-requested' } },
      pagination: false,
    })
    expect(audits.map((entry) => entry.documentId).sort()).toEqual(
      [article, faq, String(row.id)].sort(),
    )

    await app.payload.jobs.run({ queue: 'webhooks' })
    const events = receiver.received.map((delivery) => JSON.parse(delivery.body))
    expect(events.map((event) => event.id).sort()).toEqual([article, faq, String(row.id)].sort())
    expect(events.every((event) => event.event === 'review.required')).toBe(true)
    for (const delivery of receiver.received) {
      const expected = `sha256=${createHmac('sha256', secret).update(delivery.body).digest('hex')}`
      expect(delivery.headers['x-signature']).toBe(expected)
    }

    // A new sign-off that goes live clears the request.
    await publishThroughWorkflow(app.server, 'faqs', faq, team)
    const reviewed = (await request(app.server).get(`/api/faqs/${faq}`)).body
    expect(reviewed.reviewReason ?? null).toBeNull()
    expect(new Date(reviewed.nextReviewDue).getTime()).toBeGreaterThan(Date.now())

    const immutable = await request(app.server)
      .patch(`/api/review-requests/${response.body.doc.id}`)
      .set('Authorization', bearer(team.admin.token))
      .send({ reason: 'Rewritten' })
    expect(immutable.status).toBe(403)
  })
})
