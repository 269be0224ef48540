import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { createLocalReq } from 'payload'

import { checkStoredPages } from '../src/delivery/storedPagesCheck'
import { richText } from './helpers/content'
import { useSeededTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { useWebhookSubscriber } from './helpers/webhookReceiver'
import { act, approve } from './helpers/workflow'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'

/** Pages are rendered when what they show changes, and the stored page always equals a fresh render. */
describe('delivered pages (materialized at publish)', () => {
  const ctx = useSeededTeamApp()
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
    const served = await page()
    expect(served.headers.etag).toBe(docs[0].etag)
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
      .send({ answer: richText('A clearer answer, checked again.') })
    expect(edited.status).toBe(200)
    expect((await page()).headers.etag).toBe(before.headers.etag)
    await approve(ctx.app.server, 'faqs', faqId, ctx.team.editor, ctx.team.reviewer)
    expect((await act(ctx.app.server, ctx.team.editor, 'faqs', faqId, 'publish')).status).toBe(200)
    const after = await page()
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(JSON.stringify(after.body.faqs)).toContain('A clearer answer, checked again.')
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
