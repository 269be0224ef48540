import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { deliveryPage, readLatest, readLive, saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, publishThroughWorkflow } from './helpers/workflow'

/** Revisions of live content: the live version keeps serving until the revision is published. */
describe('revising a published article', () => {
  const ctx = useTeamApp()

  const publishedArticle = async (summary = 'Baclofen relaxes muscles.') => {
    const { app, team } = ctx
    const data = articleData({ summary })
    const id = await createAs(app.server, team.writer, 'articles', data)
    await publishThroughWorkflow(app.server, 'articles', id, team)
    const slug = (await readLive(app.server, 'articles', id)).body.slug as string
    return { id, slug }
  }

  it('lets the author revise while anonymous REST, GraphQL and the delivery page (and its ETag) stay unchanged, through review to publication', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle()
    const liveBefore = await readLive(app.server, 'articles', id)
    const pageBefore = await deliveryPage(app.server, slug)
    expect(pageBefore.status).toBe(200)

    const revised = await saveDraft(app.server, team.writer, 'articles', id, {
      summary: 'Baclofen relaxes muscles; take it with food.',
    })
    expect(revised.status).toBe(200)
    const latest = await readLatest(app.server, team.editor, 'articles', id)
    expect(latest.summary).toBe('Baclofen relaxes muscles; take it with food.')
    expect(latest.workflowState).toBe('draft')

    const liveDuring = await readLive(app.server, 'articles', id)
    expect(liveDuring.body.summary).toBe('Baclofen relaxes muscles.')
    expect(liveDuring.body.updatedAt).toBe(liveBefore.body.updatedAt)
    const graphql = await request(app.server)
      .post('/api/graphql')
      .send({ query: `{ Article(id: "${id}") { summary } }` })
    expect(graphql.body.data.Article.summary).toBe('Baclofen relaxes muscles.')
    const pageDuring = await deliveryPage(app.server, slug)
    expect(pageDuring.headers.etag).toBe(pageBefore.headers.etag)
    const revalidated = await deliveryPage(app.server, slug).set(
      'If-None-Match',
      pageBefore.headers.etag,
    )
    expect(revalidated.status).toBe(304)

    // A publish straight away is refused: the revision has no sign-off.
    const early = await act(app.server, team.editor, 'articles', id, 'publish')
    expect(early.status).toBe(409)
    expect((await readLive(app.server, 'articles', id)).body.summary).toBe(
      'Baclofen relaxes muscles.',
    )

    await approve(app.server, 'articles', id, team.writer, team.reviewer)
    expect((await deliveryPage(app.server, slug)).headers.etag).toBe(pageBefore.headers.etag)
    const published = await act(app.server, team.editor, 'articles', id, 'publish')
    expect(published.status).toBe(200)
    const liveAfter = await readLive(app.server, 'articles', id)
    expect(liveAfter.body.summary).toBe('Baclofen relaxes muscles; take it with food.')
    const pageAfter = await deliveryPage(app.server, slug)
    expect(pageAfter.body.summary).toBe('Baclofen relaxes muscles; take it with food.')
    expect(pageAfter.headers.etag).not.toBe(pageBefore.headers.etag)
  })

  it('refuses another writer over REST by id, in bulk and over GraphQL, and stores nothing', async () => {
    const { app, team } = ctx
    const { id } = await publishedArticle('Original words.')
    const byId = await saveDraft(app.server, team.writer2, 'articles', id, { summary: 'Hijacked.' })
    expect([403, 404]).toContain(byId.status)
    const bulk = await request(app.server)
      .patch(`/api/articles?draft=true&where[id][equals]=${id}`)
      .set('Authorization', bearer(team.writer2.token))
      .send({ summary: 'Hijacked in bulk.' })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const graphql = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(team.writer2.token))
      .send({
        query: `mutation { updateArticle(id: "${id}", draft: true, data: { summary: "Hijacked by GraphQL." }) { id } }`,
      })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    const latest = await readLatest(app.server, team.editor, 'articles', id)
    expect(latest.summary).toBe('Original words.')
    expect(latest.workflowState).toBe('published')
    const discard = await request(app.server)
      .post(`/api/articles/${id}/workflow/discard-revision`)
      .set('Authorization', bearer(team.writer2.token))
      .send({})
    expect(discard.status).toBe(403)
  })

  it('refuses a non-draft save over the live version and a writer’s publish of a revision', async () => {
    const { app, team } = ctx
    const { id } = await publishedArticle('Kept live.')
    const offline = await request(app.server)
      .patch(`/api/articles/${id}`)
      .set('Authorization', bearer(team.writer.token))
      .send({ summary: 'Saved straight over the live version.' })
    expect(offline.status).toBeGreaterThanOrEqual(400)
    expect(offline.status).toBeLessThan(500)
    const selfPublish = await request(app.server)
      .patch(`/api/articles/${id}`)
      .set('Authorization', bearer(team.writer.token))
      .send({ summary: 'Published by its writer.', _status: 'published' })
    expect(selfPublish.status).toBeGreaterThanOrEqual(400)
    expect((await readLive(app.server, 'articles', id)).body.summary).toBe('Kept live.')
  })

  it('discards a revision: the latest version is the live content again, audited, and the live one untouched', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle('Before the revision.')
    const etag = (await deliveryPage(app.server, slug)).headers.etag
    await saveDraft(app.server, team.writer, 'articles', id, { summary: 'A rejected idea.' })
    await act(app.server, team.writer, 'articles', id, 'submit')
    const discarded = await request(app.server)
      .post(`/api/articles/${id}/workflow/discard-revision`)
      .set('Authorization', bearer(team.writer.token))
      .send({})
    expect(discarded.status).toBe(200)
    const latest = await readLatest(app.server, team.editor, 'articles', id)
    expect(latest.summary).toBe('Before the revision.')
    expect(latest.workflowState).toBe('published')
    expect(latest._status).toBe('published')
    expect((await deliveryPage(app.server, slug)).headers.etag).toBe(etag)
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: 'discard-revision' } }] },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].comment).toMatch(/in review/)
    // Nothing left to discard, and the live version re-saved is still publishable.
    const again = await request(app.server)
      .post(`/api/articles/${id}/workflow/discard-revision`)
      .set('Authorization', bearer(team.editor.token))
      .send({})
    expect(again.status).toBe(409)
    const status = await request(app.server)
      .get(`/api/articles/${id}/workflow`)
      .set('Authorization', bearer(team.editor.token))
    expect(status.body.revisionInProgress).toBe(false)
    expect(status.body.checklist.every((item: { met: boolean }) => item.met)).toBe(true)
  })

  it('discards over GraphQL too, for the author only', async () => {
    const { app, team } = ctx
    const { id } = await publishedArticle('Live words.')
    await saveDraft(app.server, team.writer, 'articles', id, { summary: 'Draft words.' })
    const discard = (token: string) =>
      request(app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(token))
        .send({
          query: `mutation { workflowDiscardRevision(collection: articles, id: "${id}") { state message } }`,
        })
    const byOther = await discard(team.writer2.token)
    expect(byOther.body.errors?.[0]?.message).toMatch(/author/)
    expect((await readLatest(app.server, team.editor, 'articles', id)).summary).toBe('Draft words.')
    const byAuthor = await discard(team.writer.token)
    expect(byAuthor.body.errors).toBeUndefined()
    expect(byAuthor.body.data.workflowDiscardRevision.state).toBe('published')
    expect((await readLatest(app.server, team.editor, 'articles', id)).summary).toBe('Live words.')
  })

  it('refuses to discard what is not live, and anonymous callers', async () => {
    const { app, team } = ctx
    const draftId = await createAs(app.server, team.writer, 'articles', articleData())
    const notLive = await request(app.server)
      .post(`/api/articles/${draftId}/workflow/discard-revision`)
      .set('Authorization', bearer(team.writer.token))
      .send({})
    expect(notLive.status).toBe(409)
    const anonymous = await request(app.server)
      .post(`/api/articles/${draftId}/workflow/discard-revision`)
      .send({})
    expect(anonymous.status).toBe(401)
  })

  it('keeps a signed revision that was discarded from standing in for the live sign-off', async () => {
    const { app, team } = ctx
    const { id } = await publishedArticle('Signed once.')
    await saveDraft(app.server, team.writer, 'articles', id, { summary: 'Signed twice.' })
    await approve(app.server, 'articles', id, team.writer, team.reviewer)
    await request(app.server)
      .post(`/api/articles/${id}/workflow/discard-revision`)
      .set('Authorization', bearer(team.editor.token))
      .send({})
    // The live version still rests on its own signature: an editorial re-save publishes.
    const resave = await request(app.server)
      .patch(`/api/articles/${id}`)
      .set('Authorization', bearer(team.editor.token))
      .send({ _status: 'published' })
    expect(resave.status).toBe(200)
    expect((await readLive(app.server, 'articles', id)).body.summary).toBe('Signed once.')
  })
})
