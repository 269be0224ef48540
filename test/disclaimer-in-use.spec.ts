import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import { checkStoredPages, rebuildStoredPages } from '../src/delivery/storedPagesCheck'

import { articleData, createDisclaimer, richText } from './helpers/content'
import type { Team } from './helpers/team'
import { startTeamApp } from './helpers/teamApp'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { createAs, publishThroughWorkflow } from './helpers/workflow'

describe('a disclaimer printed on live content', () => {
  let app: TestApp
  let team: Team
  let disclaimerId: string
  let articleSlug: string
  let articleId: string
  let articleTitle: string

  const page = () => request(app.server).get(`/api/delivery/articles/${articleSlug}`)
  const liveDisclaimer = () =>
    app.payload.findByID({ collection: 'disclaimers', id: disclaimerId, depth: 0, draft: false })
  const editor = () => bearer(team.editor.token)

  beforeAll(async () => {
    // The last case changes the database behind the CMS, which no cache could know about.
    ;({ app, team } = await startTeamApp({}, 'teamAndDisclaimer'))
    disclaimerId = (await createDisclaimer(app.payload, { _status: 'published', title: 'In use' }))
      .id
    articleSlug = `live-with-disclaimer-${Date.now()}`
    articleTitle = `Live with disclaimer ${Date.now()}`
    articleId = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({ title: articleTitle, slug: articleSlug, disclaimer: disclaimerId }),
    )
    await publishThroughWorkflow(app.server, 'articles', articleId, team)
  })

  afterAll(async () => {
    await app.close()
  })

  it('cannot be unpublished over REST: 409 naming the live article, still live, page unchanged', async () => {
    const before = await page()
    const response = await request(app.server)
      .patch(`/api/disclaimers/${disclaimerId}`)
      .set('Authorization', editor())
      .send({ _status: 'draft' })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toContain(`articles "${articleTitle}"`)
    expect(response.body.errors[0].message).toMatch(/cannot be unpublished/)
    expect((await liveDisclaimer())._status).toBe('published')
    const after = await page()
    expect(after.status).toBe(200)
    expect(after.body.disclaimer.title).toBe('In use')
    expect(after.headers.etag).toBe(before.headers.etag)
  })

  it('cannot be unpublished in bulk, over GraphQL or through the Local API', async () => {
    const bulk = await request(app.server)
      .patch(`/api/disclaimers?where[id][equals]=${disclaimerId}`)
      .set('Authorization', editor())
      .send({ _status: 'draft' })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect(JSON.stringify(bulk.body.errors)).toMatch(/cannot be unpublished/)

    const graphql = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', editor())
      .send({
        query:
          'mutation ($id: String!) { updateDisclaimer(id: $id, data: { _status: draft }) { id } }',
        variables: { id: disclaimerId },
      })
    expect(graphql.body.errors?.[0]?.message).toMatch(/cannot be unpublished/)

    await expect(
      app.payload.update({
        collection: 'disclaimers',
        id: disclaimerId,
        data: { _status: 'draft' },
      }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await liveDisclaimer())._status).toBe('published')
  })

  it('cannot be unpublished by restoring an unpublished version of it', async () => {
    const { docs } = await app.payload.findVersions({
      collection: 'disclaimers',
      where: { and: [{ parent: { equals: disclaimerId } }] },
      sort: 'createdAt',
      limit: 1,
    })
    const draftVersion = await app.payload.update({
      collection: 'disclaimers',
      id: disclaimerId,
      data: { title: 'In use (draft wording)' },
      draft: true,
    })
    expect(draftVersion.title).toBe('In use (draft wording)')
    const versions = await app.payload.findVersions({
      collection: 'disclaimers',
      where: {
        and: [{ parent: { equals: disclaimerId } }, { 'version._status': { equals: 'draft' } }],
      },
      sort: '-createdAt',
      limit: 1,
    })
    const restored = await request(app.server)
      .post(`/api/disclaimers/versions/${versions.docs[0]?.id ?? docs[0].id}`)
      .set('Authorization', editor())
    expect(restored.status).toBe(409)
    expect((await liveDisclaimer())._status).toBe('published')
    expect((await liveDisclaimer()).title).toBe('In use')
  })

  it('cannot be deleted (409 naming the article), over REST by id, in bulk and over GraphQL', async () => {
    const byId = await request(app.server)
      .delete(`/api/disclaimers/${disclaimerId}`)
      .set('Authorization', editor())
    expect(byId.status).toBe(409)
    expect(byId.body.errors[0].message).toMatch(/cannot be deleted/)
    const bulk = await request(app.server)
      .delete(`/api/disclaimers?where[id][equals]=${disclaimerId}`)
      .set('Authorization', editor())
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const graphql = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', editor())
      .send({
        query: 'mutation ($id: String!) { deleteDisclaimer(id: $id) { id } }',
        variables: { id: disclaimerId },
      })
    expect(graphql.body.errors?.[0]?.message).toMatch(/cannot be deleted/)
    expect((await liveDisclaimer()).id).toBe(disclaimerId)
    expect((await page()).body.disclaimer.title).toBe('In use')
  })

  it('keeps draft saves possible, and unpublishes once no live content uses it', async () => {
    const unused = await createDisclaimer(app.payload, { _status: 'published', title: 'Unused' })
    const response = await request(app.server)
      .patch(`/api/disclaimers/${unused.id}`)
      .set('Authorization', editor())
      .send({ _status: 'draft' })
    expect(response.status).toBe(200)
    const deleted = await request(app.server)
      .delete(`/api/disclaimers/${unused.id}`)
      .set('Authorization', editor())
    expect(deleted.status).toBe(200)
  })

  it('audits a change to the live wording, with the hash before and after', async () => {
    const response = await request(app.server)
      .patch(`/api/disclaimers/${disclaimerId}`)
      .set('Authorization', editor())
      .send({
        text: richText('Reviewed wording: not a substitute for advice.'),
        _status: 'published',
      })
    expect(response.status).toBe(200)
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'disclaimer-changed' } },
          { documentId: { equals: disclaimerId } },
        ],
      },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(String(docs[0].actor)).toBe(String(team.editor.id))
    expect(docs[0].contentHash).not.toBe(
      (docs[0].details as { previousContentHash: string }).previousContentHash,
    )
    expect((await page()).body.disclaimer.textHtml).toContain('Reviewed wording')
  })

  it('never serves a page without its disclaimer: 503, even when the data changed behind the CMS', async () => {
    await app.payload.db.updateOne({
      collection: 'disclaimers',
      id: disclaimerId,
      data: { _status: 'draft' },
    })
    // Stored pages learn of a change behind the CMS when an operator rebuilds them.
    const req = await createLocalReq({}, app.payload)
    await rebuildStoredPages(req)
    expect(await checkStoredPages(req)).toEqual([])
    const response = await page()
    expect(response.status).toBe(503)
    expect(JSON.stringify(response.body)).not.toContain('Reviewed wording')
    await app.payload.db.updateOne({
      collection: 'disclaimers',
      id: disclaimerId,
      data: { _status: 'published' },
    })
    await rebuildStoredPages(await createLocalReq({}, app.payload))
    expect((await page()).status).toBe(200)
  })
})
