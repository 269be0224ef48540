import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { createLocalReq } from 'payload'

import { checkStoredPages } from '../src/delivery/storedPagesCheck'
import { richText } from './helpers/content'
import { useSeededTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { LOOPBACK_RECEIVERS, useWebhookSubscriber } from './helpers/webhookReceiver'
import { act, approve } from './helpers/workflow'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'

/** Pages are rendered when what they show changes, and the stored page always equals a fresh render. */
describe('delivered pages (materialized at publish)', () => {
  const ctx = useSeededTeamApp(LOOPBACK_RECEIVERS)
  const subscriber = useWebhookSubscriber(ctx, ['publish', 'withdraw'])

  const storedEqualsFresh = async () => {
    const req = await createLocalReq({}, ctx.app.payload)
    expect(await checkStoredPages(req)).toEqual([])
  }

  const page = () => request(ctx.app.server).get(`/api/delivery/articles/${SLUG}`)

  it('stores the seeded article’s page at publication, equal to a fresh render', async () => {
    const { docs } = await ctx.app.payload.find({
      collection: 'delivered-pages',
      where: { slug: { equals: SLUG } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].dependsOn).toEqual(
      expect.arrayContaining([`articles:${ctx.articleId}`, expect.stringMatching(/^faqs:/)]),
    )
    // The stored ETag is the identity representation's; gzip and br get their own.
    const served = await page().set('Accept-Encoding', 'identity')
    expect(served.headers.etag).toBe(docs[0].etag)
    expect(served.text).toBe(docs[0].body)
    const keys = String(served.headers['surrogate-key']).split(' ')
    expect(keys).toEqual(docs[0].dependsOn)
    expect(String(served.headers['cache-tag']).split(',')).toEqual(keys)
    await storedEqualsFresh()
  })

  it('re-renders the page when a FAQ it shows is re-published', async () => {
    const before = await page()
    const article = await ctx.app.payload.findByID({
      collection: 'articles',
      id: ctx.articleId,
      depth: 0,
    })
    const faqId = String(article.faqs?.[0])
    const edited = await request(ctx.app.server)
      .patch(`/api/faqs/${faqId}?draft=true`)
      .set('Authorization', bearer(ctx.team.editor.token))
      .send({
        changeReason: 'Edited for the test',
        answer: richText('A clearer answer, checked again.'),
      })
    expect(edited.status).toBe(200)
    expect((await page()).headers.etag).toBe(before.headers.etag)
    await approve(ctx.app.server, 'faqs', faqId, ctx.team.editor, ctx.team.reviewer)
    expect((await act(ctx.app.server, ctx.team.editor, 'faqs', faqId, 'publish')).status).toBe(200)
    const after = await page()
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(JSON.stringify(after.body.faqs)).toContain('A clearer answer, checked again.')
    await storedEqualsFresh()
  })

  it('re-renders the page when a reference it cites is re-published, and when the disclaimer wording changes', async () => {
    const article = await ctx.app.payload.findByID({
      collection: 'articles',
      id: ctx.articleId,
      depth: 0,
    })
    const referenceId = String(article.references?.[0])
    const edited = await request(ctx.app.server)
      .patch(`/api/references/${referenceId}?draft=true`)
      .set('Authorization', bearer(ctx.team.editor.token))
      .send({
        changeReason: 'Edited for the test',
        title: 'Baclofen tablets: prescribing information (revised 2026)',
      })
    expect(edited.status).toBe(200)
    await approve(ctx.app.server, 'references', referenceId, ctx.team.editor, ctx.team.reviewer)
    expect(
      (await act(ctx.app.server, ctx.team.editor, 'references', referenceId, 'publish')).status,
    ).toBe(200)
    expect((await page()).body.references[0].title).toBe(
      'Baclofen tablets: prescribing information (revised 2026)',
    )
    await storedEqualsFresh()

    const disclaimerId = String(article.disclaimer)
    const reworded = await request(ctx.app.server)
      .patch(`/api/disclaimers/${disclaimerId}`)
      .set('Authorization', bearer(ctx.team.editor.token))
      .send({
        text: richText('Reviewed wording: not a substitute for advice.'),
        _status: 'published',
      })
    expect(reworded.status).toBe(200)
    expect((await page()).body.disclaimer.textHtml).toContain('Reviewed wording')
    await storedEqualsFresh()
  })

  it('keeps the printed name of the signature when the reviewer account is renamed', async () => {
    const before = (await page()).body.review.printedName as string
    const { docs } = await ctx.app.payload.find({
      collection: 'users',
      where: { email: { equals: 'reviewer@medreview.example' } },
    })
    await ctx.app.payload.update({
      collection: 'users',
      id: docs[0].id,
      data: { fullName: 'Renamed Person' },
    })
    expect((await page()).body.review.printedName).toBe(before)
    await storedEqualsFresh()
  })

  it('re-renders the page and its list entry when an edit of the article is published', async () => {
    const listed = async () =>
      (
        await request(ctx.app.server).get('/api/delivery/articles').query({ limit: 500 })
      ).body.docs.find((doc: { slug: string }) => doc.slug === SLUG)
    const edited = await request(ctx.app.server)
      .patch(`/api/articles/${ctx.articleId}?draft=true`)
      .set('Authorization', bearer(ctx.team.editor.token))
      .send({
        changeReason: 'Edited for the test',
        summary: 'Baclofen relaxes muscle spasm; this summary was reviewed again.',
      })
    expect(edited.status).toBe(200)
    expect((await listed()).summary).not.toContain('reviewed again')
    await approve(ctx.app.server, 'articles', ctx.articleId, ctx.team.editor, ctx.team.reviewer)
    expect(
      (await act(ctx.app.server, ctx.team.editor, 'articles', ctx.articleId, 'publish')).status,
    ).toBe(200)
    expect((await page()).body.summary).toBe(
      'Baclofen relaxes muscle spasm; this summary was reviewed again.',
    )
    expect(await listed()).toMatchObject({
      slug: SLUG,
      summary: 'Baclofen relaxes muscle spasm; this summary was reviewed again.',
    })
    await storedEqualsFresh()
  })

  it('removes the page when the article is withdrawn', async () => {
    const withdrawn = await act(
      ctx.app.server,
      ctx.team.editor,
      'articles',
      ctx.articleId,
      'withdraw',
      {
        reason: 'Safety review',
      },
    )
    expect(withdrawn.status).toBe(200)
    expect((await page()).status).toBe(404)
    const { totalDocs } = await ctx.app.payload.count({
      collection: 'delivered-pages',
      where: { slug: { equals: SLUG } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
    await storedEqualsFresh()
    const events = await subscriber.events()
    expect(
      events.find((event) => event.event === 'withdraw' && event.id === ctx.articleId),
    ).toMatchObject({
      purge: true,
      purgeKeys: [`articles:${ctx.articleId}`, 'article-list'],
    })
  })
})
