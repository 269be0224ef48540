import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, createDisclaimer, richText } from './helpers/content'
import { deliveryPage, readLatest, readLive, saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, publishThroughWorkflow } from './helpers/workflow'

type LogEntry = { date: string; kind: string; note: string | null }

/** Periodic re-reviews, editorial-only updates and the dates and update log readers are told. */
describe('re-reviews, editorial updates and honest dates', () => {
  const ctx = useTeamApp()

  const publishedArticle = async () => {
    const { app, team } = ctx
    const id = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({ body: richText('Take baclofen three times a day.') }),
    )
    await approve(app.server, 'articles', id, team.writer, team.reviewer)
    const first = await act(app.server, team.editor, 'articles', id, 'publish', {
      note: 'First published.',
    })
    expect(first.status).toBe(200)
    const slug = (await readLive(app.server, 'articles', id)).body.slug as string
    return { id, slug }
  }

  it('re-reviews without changes: lastReviewed and the byline move, the content and dateModified do not', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle()
    const before = (await deliveryPage(app.server, slug)).body
    expect(before.updateLog).toEqual([
      { date: before.datePublished, kind: 'first-publication', note: 'First published.' },
    ])
    expect(before.dateModified).toBe(before.datePublished)

    const submitted = await act(app.server, team.writer, 'articles', id, 'submit', {
      comment: 'Yearly review, internal only',
    })
    expect(submitted.status).toBe(200)
    // The live version keeps serving while the re-review is in progress.
    expect((await readLive(app.server, 'articles', id)).body.workflowState).toBe('published')
    const signed = await act(app.server, team.reviewer2, 'articles', id, 'sign-off', {
      password: team.reviewer2.password,
    })
    expect(signed.status).toBe(200)
    const published = await act(app.server, team.editor, 'articles', id, 'publish')
    expect(published.status).toBe(200)

    const after = (await deliveryPage(app.server, slug)).body
    expect(after.body).toEqual(before.body)
    expect(after.summary).toBe(before.summary)
    expect(new Date(after.lastReviewed).getTime()).toBeGreaterThan(
      new Date(before.lastReviewed).getTime(),
    )
    expect(after.review.reviewerName).toBe('Sam Second')
    expect(after.review.line).toMatch(/Sam Second/)
    expect(after.dateModified).toBe(before.dateModified)
    expect(after.datePublished).toBe(before.datePublished)
    expect(after.updateLog.map((entry: LogEntry) => entry.kind)).toEqual([
      're-review-no-changes',
      'first-publication',
    ])
    expect(JSON.stringify(after)).not.toContain('internal only')
    expect(after.jsonLd.lastReviewed).toBe(after.lastReviewed.slice(0, 10))
    expect(after.jsonLd.dateModified).toBe(before.dateModified)
    const signature = await app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
    })
    expect(signature.previousSignature).toBeTruthy()
    expect(signature.clinicalChanges).toBe(0)
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: 'publish' } }] },
      sort: '-at',
    })
    expect(docs[0].details).toMatchObject({ kind: 're-review-no-changes' })
    expect(docs[0].comment).toMatch(/no changes/i)
  })

  it('publishes an editorial-only change (SEO description) without a sign-off; dateModified moves, lastReviewed does not', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle()
    const before = (await deliveryPage(app.server, slug)).body
    const saved = await saveDraft(app.server, team.editor, 'articles', id, {
      meta: { description: 'How baclofen eases spasticity, and how to take it safely.' },
    })
    expect(saved.status).toBe(200)
    const latest = await readLatest(app.server, team.editor, 'articles', id)
    expect(latest.workflowState).toBe('published')
    expect(latest._status).toBe('draft')
    const published = await act(app.server, team.editor, 'articles', id, 'publish', {
      note: 'Clearer search description.',
    })
    expect(published.status).toBe(200)
    const live = (await readLive(app.server, 'articles', id)).body
    expect(live.meta.description).toBe('How baclofen eases spasticity, and how to take it safely.')
    const after = (await deliveryPage(app.server, slug)).body
    expect(after.lastReviewed).toBe(before.lastReviewed)
    expect(after.dateModified > before.dateModified).toBe(true)
    expect(after.updateLog[0]).toMatchObject({
      kind: 'editorial-update',
      note: 'Clearer search description.',
    })
    // Nothing new to publish afterwards.
    const nothing = await act(app.server, team.editor, 'articles', id, 'publish')
    expect(nothing.status).toBe(409)
    expect(JSON.stringify(nothing.body)).toMatch(/no changes since it was published/)
  })

  it('refuses a one-word body change without a new sign-off, over the action, REST and GraphQL', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle()
    const etag = (await deliveryPage(app.server, slug)).headers.etag
    await saveDraft(app.server, team.editor, 'articles', id, {
      body: richText('Take baclofen four times a day.'),
    })
    expect((await readLatest(app.server, team.editor, 'articles', id)).workflowState).toBe('draft')
    expect((await act(app.server, team.editor, 'articles', id, 'publish')).status).toBe(409)
    const rest = await request(app.server)
      .patch(`/api/articles/${id}`)
      .set('Authorization', bearer(team.editor.token))
      .send({ _status: 'published' })
    expect(rest.status).toBe(409)
    const graphql = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(team.editor.token))
      .send({
        query: `mutation { updateArticle(id: "${id}", data: { _status: published }) { id } }`,
      })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    const page = await deliveryPage(app.server, slug)
    expect(page.headers.etag).toBe(etag)
    expect(JSON.stringify(page.body.body)).toContain('three times a day')
  })

  it('treats a new disclaimer, and a field declared nothing (drugs), as clinical: they need a sign-off', async () => {
    const { app, team } = ctx
    const { id } = await publishedArticle()
    const other = await createDisclaimer(app.payload, { _status: 'published' })
    await saveDraft(app.server, team.editor, 'articles', id, { disclaimer: other.id })
    expect((await readLatest(app.server, team.editor, 'articles', id)).workflowState).toBe('draft')
    expect((await act(app.server, team.editor, 'articles', id, 'publish')).status).toBe(409)

    const second = await publishedArticle()
    const drug = await app.payload.create({ collection: 'drugs', data: { name: 'orphenadrine' } })
    await saveDraft(app.server, team.editor, 'articles', second.id, { drugs: [drug.id] })
    const latest = await readLatest(app.server, team.editor, 'articles', second.id)
    expect(latest.workflowState).toBe('draft')
    expect((await act(app.server, team.editor, 'articles', second.id, 'publish')).status).toBe(409)
    expect((await readLive(app.server, 'articles', second.id)).body.drugs ?? []).toEqual([])
  })

  it('logs a clinical review with its public note, newest first', async () => {
    const { app, team } = ctx
    const { id, slug } = await publishedArticle()
    await saveDraft(app.server, team.writer, 'articles', id, { summary: 'Updated dosing advice.' })
    await approve(app.server, 'articles', id, team.writer, team.reviewer)
    const published = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(team.editor.token))
      .send({
        query: `mutation { workflowPublish(collection: articles, id: "${id}", note: "Dosing section updated.") { state } }`,
      })
    expect(published.body.errors).toBeUndefined()
    expect(published.body.data.workflowPublish.state).toBe('published')
    const page = (await deliveryPage(app.server, slug)).body
    expect(page.updateLog.map((entry: LogEntry) => [entry.kind, entry.note])).toEqual([
      ['clinical-review', 'Dosing section updated.'],
      ['first-publication', 'First published.'],
    ])
    expect(page.dateModified).toBe(page.updateLog[0].date)
    expect(page.lastReviewed > page.datePublished).toBe(true)
    const tooLong = await act(app.server, team.editor, 'articles', id, 'publish', {
      note: 'x'.repeat(501),
    })
    expect(tooLong.status).toBe(400)
  })

  it('writes the update log only through the workflow', async () => {
    const { app, team } = ctx
    const id = await createAs(app.server, team.writer, 'articles', articleData())
    await saveDraft(app.server, team.editor, 'articles', id, {
      updateLog: [{ date: '2001-01-01T00:00:00.000Z', kind: 'clinical-review', note: 'Forged' }],
      reviewReason: 'forged',
    })
    await publishThroughWorkflow(app.server, 'articles', id, team)
    const live = (await readLive(app.server, 'articles', id)).body
    expect(live.updateLog.map((entry: LogEntry) => entry.kind)).toEqual(['first-publication'])
    expect(live.reviewReason ?? null).toBeNull()
  })
})
