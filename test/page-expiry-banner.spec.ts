import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { readEnv } from '../src/config/env'
import { loadDocumentQueue } from '../src/components/admin/dashboard/loadDocumentQueue'
import { articleHtml } from '../src/delivery/pageHtml'
import { checkSignedRenditions } from '../src/delivery/rendition/signedRenditionsCheck'
import { queueFor } from '../src/workflow/queues'

import { DAY, liveArticle, reviewDueDaysAgo, runExpiry } from './helpers/expiry'
import { deliveryPage, readLive } from './helpers/revisions'
import { auditEntries } from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

describe('page expiry under EXPIRY_POLICY=banner and REVIEW_GRACE_DAYS=30 (the defaults)', () => {
  const ctx = useTeamApp()

  it('keeps an expired page live, telling readers in the JSON and the HTML, without touching what was signed', async () => {
    const { app } = ctx
    const { id, slug } = await liveArticle(ctx, 'Expires under a banner')
    const fresh = await deliveryPage(app.server, slug)
    expect(fresh.body.review).toMatchObject({ overdue: false, overdueLine: null })
    expect(new Date(fresh.body.review.expiresAt).getTime()).toBe(
      new Date(fresh.body.review.nextReviewDue).getTime() + 30 * DAY,
    )
    const due = await reviewDueDaysAgo(app.payload, id, 31)

    await runExpiry(app.payload)
    const expired = await deliveryPage(app.server, slug)
    expect(expired.status).toBe(200)
    expect(expired.body.review).toMatchObject({
      nextReviewDue: due,
      expiresAt: new Date(new Date(due).getTime() + 30 * DAY).toISOString(),
      overdue: true,
      overdueLine: 'This page is due for review.',
    })
    expect(expired.headers.etag).not.toBe(fresh.headers.etag)
    expect(expired.body.body).toEqual(fresh.body.body)
    expect(articleHtml(expired.body)).toContain(
      '<p class="review-due" role="note">This page is due for review.</p>',
    )
    expect(articleHtml(fresh.body)).not.toContain('due for review')
    // The banner is editorial: the page still matches the signature it went live on.
    const req = await createLocalReq({}, app.payload)
    expect((await checkSignedRenditions(req)).map((page) => page.slug)).not.toContain(slug)
    expect((await readLive(app.server, 'articles', id)).body.workflowState).toBe('published')

    // Running it again changes nothing.
    await runExpiry(app.payload)
    expect((await deliveryPage(app.server, slug)).headers.etag).toBe(expired.headers.etag)
    expect(await auditEntries(app.payload, id, 'withdraw')).toEqual([])
  })

  it('renews an expired page when a pharmacist reviews it again without changes', async () => {
    const { app, team } = ctx
    const { id, slug } = await liveArticle(ctx, 'Renewed by a re-review')
    await reviewDueDaysAgo(app.payload, id, 45)
    await runExpiry(app.payload)
    const expired = (await deliveryPage(app.server, slug)).body
    expect(expired.review.overdue).toBe(true)

    await approve(app.server, 'articles', id, team.writer, team.reviewer2)
    expect((await act(app.server, team.editor, 'articles', id, 'publish')).status).toBe(200)
    const renewed = (await deliveryPage(app.server, slug)).body
    expect(renewed.review).toMatchObject({ overdue: false, overdueLine: null })
    expect(new Date(renewed.review.expiresAt).getTime()).toBeGreaterThan(Date.now() + 360 * DAY)
    expect(renewed.updateLog[0].kind).toBe('re-review-no-changes')
    expect(renewed.body).toEqual(expired.body)
    expect(renewed.dateModified).toBe(expired.dateModified)
  })

  it('leaves a page within its grace days alone, and lists it for editors as expiring within 30 days', async () => {
    const { app, team } = ctx
    const soon = await liveArticle(ctx, 'Expires in three weeks')
    const later = await liveArticle(ctx, 'Reviewed this year')
    await reviewDueDaysAgo(app.payload, soon.id, 9)
    const faqId = await createAs(app.server, team.writer, 'faqs', faqData('Due FAQ?'))
    await publishThroughWorkflow(app.server, 'faqs', faqId, team)
    await app.payload.db.updateOne({
      collection: 'faqs',
      where: { id: { equals: faqId } },
      data: { nextReviewDue: new Date(Date.now() - 9 * DAY).toISOString() },
    })

    await runExpiry(app.payload)
    expect((await deliveryPage(app.server, soon.slug)).body.review.overdue).toBe(false)

    const editor = await app.payload.findByID({ collection: 'users', id: team.editor.id })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, app.payload)
    const expiring = await loadDocumentQueue(req, queueFor('expiring'), new Date())
    const listed = expiring.entries.map((entry) => entry.id)
    expect(listed).toContain(soon.id)
    expect(listed).not.toContain(later.id)
    expect(listed).not.toContain(faqId)
    const entry = expiring.entries.find((item) => item.id === soon.id)!
    expect(new Date(entry.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 20 * DAY)
    expect(new Date(entry.expiresAt!).getTime()).toBeLessThan(Date.now() + 22 * DAY)
  })

  it.each([
    ['EXPIRY_POLICY', 'delete', 'EXPIRY_POLICY: must be banner or withdraw'],
    ['REVIEW_GRACE_DAYS', '-1', 'REVIEW_GRACE_DAYS: must be 0 (expire on the due date) or more'],
    ['REVIEW_GRACE_DAYS', '2.5', 'REVIEW_GRACE_DAYS: must be a whole number of days'],
  ])('refuses to start with %s=%s', (name, value, message) => {
    expect(() => readEnv({ NODE_ENV: 'test', [name]: value })).toThrow(message)
  })

  it('reads the defaults when they are unset or empty', () => {
    expect(readEnv({ NODE_ENV: 'test', EXPIRY_POLICY: '', REVIEW_GRACE_DAYS: '' })).toMatchObject({
      EXPIRY_POLICY: 'banner',
      REVIEW_GRACE_DAYS: 30,
    })
  })
})
