import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import { checkStoredPages } from '../src/delivery/storedPagesCheck'

import { articleData, richText } from './helpers/content'
import { type SecondInstance, startSecondInstance } from './helpers/secondInstance'
import { saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { act, createAs, publishThroughWorkflow } from './helpers/workflow'

/** Two CMS processes on one database: a withdrawal on one is never served by the other. */
describe('delivery across instances', () => {
  const ctx = useTeamApp()
  let other: SecondInstance

  beforeAll(async () => {
    other = await startSecondInstance()
  }, 90_000)
  afterAll(async () => {
    await other?.stop()
  })

  const publishArticle = async (title: string, text: string) => {
    const id = await createAs(
      ctx.app.server,
      ctx.team.writer,
      'articles',
      articleData({ title, body: richText(text) }),
    )
    await publishThroughWorkflow(ctx.app.server, 'articles', id, ctx.team)
    return id
  }

  it('answers 404 on the other instance right after a withdrawal returns on this one', async () => {
    const id = await publishArticle('Two instances', 'Served twice.')
    const slug = (await ctx.app.payload.findByID({ collection: 'articles', id })).slug
    const path = `/api/delivery/articles/${slug}`
    // The other instance serves it (and holds it in memory), to many requests at once.
    const concurrently = async () =>
      (await Promise.all(Array.from({ length: 20 }, () => request(other.url).get(path)))).map(
        (answer) => answer.status,
      )
    expect(new Set(await concurrently())).toEqual(new Set([200]))

    const withdrawn = await act(ctx.app.server, ctx.team.editor, 'articles', id, 'withdraw', {
      reason: 'Safety signal',
    })
    expect(withdrawn.status).toBe(200)
    // Requests that arrive together share store reads, never one begun before they arrived.
    expect(new Set(await concurrently())).toEqual(new Set([404]))
    expect((await request(ctx.app.server).get(path)).status).toBe(404)
  })

  it('serves a page re-rendered on this instance from the other at once, in every encoding it held in memory', async () => {
    const id = await publishArticle('Held in memory', 'First text.')
    const path = `/api/delivery/articles/held-in-memory`
    const encodings = ['br', 'gzip', 'identity']
    const readAll = () =>
      Promise.all(
        encodings.map((encoding) => request(other.url).get(path).set('Accept-Encoding', encoding)),
      )
    // Read twice: the second answers come from the other instance's memory.
    for (let i = 0; i < 2; i++) {
      for (const answer of await readAll()) expect(answer.text).toContain('First text.')
    }
    const saved = await saveDraft(ctx.app.server, ctx.team.writer, 'articles', id, {
      body: richText('Second text.'),
    })
    expect(saved.status).toBe(200)
    await publishThroughWorkflow(ctx.app.server, 'articles', id, ctx.team)
    for (const answer of await readAll()) {
      expect(answer.status).toBe(200)
      expect(answer.text).toContain('Second text.')
      expect(answer.text).not.toContain('First text.')
    }
  })

  it('renders the pages of live articles when it starts on an empty page store (the first start after an upgrade)', async () => {
    const id = await createAs(
      ctx.app.server,
      ctx.team.writer,
      'articles',
      articleData({
        title: 'Before the upgrade',
        body: richText('Live before pages were stored.'),
      }),
    )
    await publishThroughWorkflow(ctx.app.server, 'articles', id, ctx.team)
    const path = `/api/delivery/articles/before-the-upgrade`
    const served = await request(ctx.app.server).get(path)
    expect(served.status).toBe(200)
    await ctx.app.payload.db.deleteMany({ collection: 'delivered-pages', where: {} })
    expect((await request(ctx.app.server).get(path)).status).toBe(404)

    const upgraded = await startSecondInstance()
    try {
      const after = await request(upgraded.url).get(path)
      expect(after.status).toBe(200)
      expect(after.text).toBe(served.text)
      expect((await request(ctx.app.server).get(path)).headers.etag).toBe(served.headers.etag)
      const req = await createLocalReq({}, ctx.app.payload)
      expect(await checkStoredPages(req)).toEqual([])
    } finally {
      await upgraded.stop()
    }
  }, 90_000)

  it('starts two instances at once on an empty page store; both serve the page', async () => {
    const path = `/api/delivery/articles/before-the-upgrade`
    const served = await request(ctx.app.server).get(path)
    expect(served.status).toBe(200)
    await ctx.app.payload.db.deleteMany({ collection: 'delivered-pages', where: {} })

    const instances = await Promise.all([startSecondInstance(), startSecondInstance()])
    try {
      for (const instance of instances) {
        const answer = await request(instance.url).get(path)
        expect(answer.status).toBe(200)
        expect(answer.text).toBe(served.text)
      }
      expect(await checkStoredPages(await createLocalReq({}, ctx.app.payload))).toEqual([])
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()))
    }
  }, 120_000)
})
