import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import { checkStoredPages, rebuildStoredPages } from '../src/delivery/storedPagesCheck'

import type { Team } from './helpers/team'
import { startTeamApp } from './helpers/teamApp'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

describe('the delivery page store and HTTP caching', () => {
  let app: TestApp
  let team: Team
  let articleId: string
  let faqId: string

  const page = () => request(app.server).get('/api/delivery/articles/cached-page')

  beforeAll(async () => {
    ;({ app, team } = await startTeamApp(
      { DELIVERY_HTTP_MAX_AGE_SECONDS: '120' },
      'teamAndDisclaimer',
    ))
    faqId = await createAs(app.server, team.writer, 'faqs', faqData('Is the cache fresh?'))
    await publishThroughWorkflow(app.server, 'faqs', faqId, team)
    articleId = await createAs(app.server, team.writer, 'articles', {
      title: 'Cached page',
      summary: 'First reviewed summary.',
      faqs: [faqId],
    })
    await publishThroughWorkflow(app.server, 'articles', articleId, team)
  })

  afterAll(async () => {
    await app.close()
  })

  it('serves the page stored at publication; a write behind the CMS shows once the pages are rebuilt', async () => {
    const first = await page()
    expect(first.status).toBe(200)
    // Written straight to the database, past Payload's hooks: the stored page does not know.
    await app.payload.db.updateOne({
      collection: 'articles',
      where: { id: { equals: articleId } },
      data: { summary: 'Changed behind the CMS.' },
    })
    const stored = await page()
    expect(stored.body.summary).toBe('First reviewed summary.')
    expect(stored.headers.etag).toBe(first.headers.etag)

    const req = await createLocalReq({}, app.payload)
    expect(await checkStoredPages(req)).toEqual([{ slug: 'cached-page', problem: 'stale' }])
    await rebuildStoredPages(req)
    expect(await checkStoredPages(req)).toEqual([])
    const rebuilt = await page()
    expect(rebuilt.body.summary).toBe('Changed behind the CMS.')
    expect(rebuilt.headers.etag).not.toBe(first.headers.etag)
  })

  it('shows a newly published revision at once', async () => {
    expect((await page()).status).toBe(200)
    const edited = await request(app.server)
      .patch(`/api/articles/${articleId}?draft=true`)
      .set('Authorization', bearer(team.editor.token))
      .send({ changeReason: 'Edited for the test', summary: 'Second reviewed summary.' })
    expect(edited.status).toBe(200)
    expect((await page()).body.summary).toBe('Changed behind the CMS.')

    await approve(app.server, 'articles', articleId, team.editor, team.reviewer)
    expect((await act(app.server, team.editor, 'articles', articleId, 'publish')).status).toBe(200)
    expect((await page()).body.summary).toBe('Second reviewed summary.')
  })

  it('gives browsers and CDNs the configured max-age, and signed-in callers a private copy', async () => {
    expect((await page()).headers['cache-control']).toBe(
      'public, max-age=120, stale-while-revalidate=600',
    )
    const signedIn = await request(app.server)
      .get('/api/delivery/articles/cached-page')
      .set('Authorization', bearer(team.editor.token))
    expect(signedIn.headers['cache-control']).toBe('private, max-age=120')
  })

  it('keeps the signed byline when the reviewer account is renamed later', async () => {
    expect((await page()).body.review.reviewerName).toBe(team.reviewer.fullName)
    const renamed = await request(app.server)
      .patch(`/api/users/${team.reviewer.id}`)
      .set('Authorization', bearer(team.admin.token))
      .send({ fullName: 'Dr Renamed Pharmacist' })
    expect(renamed.status).toBe(200)
    expect((await page()).body.review.reviewerName).toBe(team.reviewer.fullName)
  })

  it('keeps a FAQ the page shows, and drops the page at once when the FAQ is withdrawn with it', async () => {
    expect((await page()).body.faqs).toHaveLength(1)
    expect(
      (await act(app.server, team.editor, 'faqs', faqId, 'withdraw', { reason: 'Re-review' }))
        .status,
    ).toBe(409)
    expect((await page()).body.faqs).toHaveLength(1)

    const listedSlugs = async () =>
      (await request(app.server).get('/api/delivery/articles')).body.docs.map(
        (doc: { slug: string }) => doc.slug,
      )
    expect(await listedSlugs()).toContain('cached-page')
    expect(
      (
        await act(app.server, team.editor, 'faqs', faqId, 'withdraw', {
          reason: 'Outdated',
          withDependents: true,
        })
      ).status,
    ).toBe(200)
    expect((await page()).status).toBe(404)
    expect(await listedSlugs()).not.toContain('cached-page')
  })
})
