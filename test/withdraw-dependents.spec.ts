import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import type { ReviewableCollection } from '../src/workflow/states'

import { rebuildStoredPages } from '../src/delivery/storedPagesCheck'

import { articleData } from './helpers/content'
import { auditEntries, makeScheduleDue, runDueSchedules, scheduleCall } from './helpers/schedules'
import { inAnHour } from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

/** The collections whose documents a live article shows. */
type ShownCollection = Exclude<ReviewableCollection, 'articles'>

/** As the issue tells it: each claim cites its reference by number. */
const summaryCiting = (references: number): string =>
  ['Max dose 80 mg [1].', 'Avoid in pregnancy [2].'].slice(0, references).join(' ') ||
  'Ask your pharmacist.'
const COLUMN = 'Oral baclofen'

/**
 * A FAQ, comparison row or reference that a live article shows stays live while the article
 * does: taking it off alone would renumber the article's references ([1] crediting another
 * source) in a page no pharmacist signed.
 */
describe('withdrawing a document that live articles show', () => {
  const ctx = useTeamApp()
  const server = () => ctx.app.server
  const editor = () => bearer(ctx.team.editor.token)
  let unique = 0

  const publish = (collection: ReviewableCollection, id: string) =>
    publishThroughWorkflow(server(), collection, id, ctx.team)

  const liveDoc = async (collection: ReviewableCollection, data: Record<string, unknown>) => {
    const id = await createAs(server(), ctx.team.writer, collection, data)
    await publish(collection, id)
    return id
  }
  const liveReference = (title: string) =>
    liveDoc('references', { title, url: `https://example.org/${title.replace(/\W+/g, '-')}` })

  const liveArticle = async (links: Record<string, string[]>) => {
    unique += 1
    const title = `Baclofen dosing ${unique} ${Date.now()}`
    const slug = `baclofen-dosing-${unique}-${Date.now()}`
    const id = await createAs(
      server(),
      ctx.team.writer,
      'articles',
      articleData({
        title,
        slug,
        summary: summaryCiting(links.references?.length ?? 0),
        ...(links.comparisonRows ? { comparisonColumns: [COLUMN] } : {}),
        ...links,
      }),
    )
    await publish('articles', id)
    return { id, title, slug }
  }

  const page = (slug: string) => request(server()).get(`/api/delivery/articles/${slug}`)
  const liveStatus = async (collection: ReviewableCollection, id: string) =>
    (await ctx.app.payload.findByID({ collection, id, depth: 0, draft: false }))._status

  describe('without withDependents', () => {
    type Article = { id: string; title: string; slug: string }
    let first: Article
    let second: Article
    let ids: Record<ShownCollection, string> & { other: string }
    let pageBefore: { body: unknown; etag: string }

    beforeAll(async () => {
      ids = {
        references: await liveReference('Baclofen label'),
        other: await liveReference('Pregnancy registry'),
        faqs: await liveDoc('faqs', faqData('Can I take baclofen when pregnant?')),
        'comparison-rows': await liveDoc('comparison-rows', {
          feature: 'Dosing',
          cells: [{ treatment: COLUMN, value: '5 mg three times a day' }],
        }),
      }
      first = await liveArticle({
        references: [ids.references, ids.other],
        faqs: [ids.faqs],
        comparisonRows: [ids['comparison-rows']],
      })
      second = await liveArticle({ references: [ids.references] })
      const before = await page(first.slug)
      expect(before.status).toBe(200)
      expect(before.body.references.map((ref: { title: string }) => ref.title)).toEqual([
        'Baclofen label',
        'Pregnancy registry',
      ])
      pageBefore = { body: before.body, etag: before.headers.etag }
    })

    /** The document is still live and the article's page is byte for byte what was signed. */
    const expectNothingChanged = async (collection: ShownCollection) => {
      expect(await liveStatus(collection, ids[collection])).toBe('published')
      expect(await liveStatus('articles', first.id)).toBe('published')
      const after = await page(first.slug)
      expect(after.status).toBe(200)
      expect(after.headers.etag).toBe(pageBefore.etag)
      expect(after.body).toEqual(pageBefore.body)
    }

    const expectNamesArticles = (message: string, collection: ReviewableCollection) => {
      expect(message).toContain(`"${first.title}"`)
      if (collection === 'references') expect(message).toContain(`"${second.title}"`)
    }

    it.each(['references', 'faqs', 'comparison-rows'] as const)(
      'refuses the withdraw action on %s with 409 naming the live articles',
      async (collection) => {
        const response = await act(
          server(),
          ctx.team.editor,
          collection,
          ids[collection],
          'withdraw',
          {
            reason: 'Superseded',
          },
        )
        expect(response.status).toBe(409)
        expectNamesArticles(response.body.errors[0].message, collection)
        expect(response.body.errors[0].data.shownBy.map((a: { title: string }) => a.title)).toEqual(
          expect.arrayContaining(
            collection === 'references' ? [first.title, second.title] : [first.title],
          ),
        )
        await expectNothingChanged(collection)
      },
    )

    it('refuses the GraphQL withdraw mutation', async () => {
      const response = await request(server())
        .post('/api/graphql')
        .set('Authorization', editor())
        .send({
          query:
            'mutation ($id: String!) { workflowWithdraw(collection: references, id: $id, reason: "Superseded") { state } }',
          variables: { id: ids.references },
        })
      expectNamesArticles(response.body.errors?.[0]?.message ?? '', 'references')
      await expectNothingChanged('references')
    })

    it('refuses an unpublish over REST, by id and in bulk', async () => {
      const byId = await request(server())
        .patch(`/api/references/${ids.references}`)
        .set('Authorization', editor())
        .send({ _status: 'draft' })
      expect(byId.status).toBe(409)
      expectNamesArticles(byId.body.errors[0].message, 'references')

      const bulk = await request(server())
        .patch(`/api/faqs?where[id][equals]=${ids.faqs}`)
        .set('Authorization', editor())
        .send({ _status: 'draft' })
      expect(bulk.body.docs ?? []).toHaveLength(0)
      expect(JSON.stringify(bulk.body.errors)).toContain(first.title)
      await expectNothingChanged('references')
      await expectNothingChanged('faqs')
    })

    it('refuses a delete over REST, by id and in bulk', async () => {
      const byId = await request(server())
        .delete(`/api/references/${ids.references}`)
        .set('Authorization', editor())
      expect(byId.status).toBe(409)
      expectNamesArticles(byId.body.errors[0].message, 'references')
      expect(byId.body.errors[0].message).toMatch(/cannot be deleted/)

      const bulk = await request(server())
        .delete(`/api/comparison-rows?where[id][in]=${ids['comparison-rows']}`)
        .set('Authorization', editor())
      expect(bulk.status).toBe(409)
      expectNamesArticles(bulk.body.errors[0].message, 'comparison-rows')
      await expectNothingChanged('references')
      await expectNothingChanged('comparison-rows')
    })

    it('refuses GraphQL updates and deletes, and the Local API acting for an editor', async () => {
      const update = await request(server())
        .post('/api/graphql')
        .set('Authorization', editor())
        .send({
          query: 'mutation ($id: String!) { updateFaq(id: $id, data: { _status: draft }) { id } }',
          variables: { id: ids.faqs },
        })
      expect(update.body.errors?.[0]?.message).toContain(first.title)
      const remove = await request(server())
        .post('/api/graphql')
        .set('Authorization', editor())
        .send({
          query: 'mutation ($id: String!) { deleteReference(id: $id) { id } }',
          variables: { id: ids.references },
        })
      expect(remove.body.errors?.[0]?.message).toContain(first.title)

      const user = { ...ctx.team.editor, collection: 'users' as const }
      await expect(
        ctx.app.payload.update({
          collection: 'references',
          id: ids.references,
          data: { _status: 'draft' },
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 409 })
      await expect(
        ctx.app.payload.delete({
          collection: 'faqs',
          id: ids.faqs,
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 409 })
      await expectNothingChanged('references')
      await expectNothingChanged('faqs')
    })

    it('refuses to restore an unpublished version over the live one', async () => {
      const draft = await request(server())
        .patch(`/api/references/${ids.references}?draft=true`)
        .set('Authorization', editor())
        .send({ changeReason: 'Edited for the test', title: 'Baclofen label (draft wording)' })
      expect(draft.status).toBe(200)
      const { docs } = await ctx.app.payload.findVersions({
        collection: 'references',
        where: {
          and: [{ parent: { equals: ids.references } }, { 'version._status': { equals: 'draft' } }],
        },
        sort: '-createdAt',
        limit: 1,
      })
      const restored = await request(server())
        .post(`/api/references/versions/${docs[0].id}`)
        .set('Authorization', editor())
      expect(restored.status).toBe(409)
      expectNamesArticles(restored.body.errors[0].message, 'references')
      await expectNothingChanged('references')
    })

    it('fails a scheduled withdrawal when its time comes, and reports it', async () => {
      const scheduled = await scheduleCall(
        server(),
        ctx.team.editor,
        'post',
        { collection: 'faqs', id: ids.faqs, action: 'schedule-withdraw' },
        { at: inAnHour(), reason: 'Time-limited advice' },
      )
      expect(scheduled.status).toBe(200)
      await makeScheduleDue(ctx.app.payload, scheduled.body.scheduleId)
      await runDueSchedules(ctx.app.payload)
      const schedule = await ctx.app.payload.findByID({
        collection: 'schedules',
        id: scheduled.body.scheduleId,
        depth: 0,
      })
      expect(schedule.status).toBe('failed')
      const [failure] = await auditEntries(ctx.app.payload, ids.faqs, 'schedule-failed')
      expect(failure.comment).toContain(first.title)
      await expectNothingChanged('faqs')
    })

    it('still refuses a writer, and a withDependents that is not true or false', async () => {
      const asWriter = await act(server(), ctx.team.writer, 'faqs', ids.faqs, 'withdraw', {
        reason: 'Re-review',
        withDependents: true,
      })
      expect(asWriter.status).toBe(403)
      const malformed = await act(server(), ctx.team.editor, 'faqs', ids.faqs, 'withdraw', {
        reason: 'Re-review',
        withDependents: 'yes',
      })
      expect(malformed.status).toBe(400)
      await expectNothingChanged('faqs')
    })
  })

  describe('with withDependents: true', () => {
    it('withdraws the reference and every live article showing it, in one answer and in the audit log', async () => {
      const reference = await liveReference('Withdrawn label')
      const first = await liveArticle({ references: [reference] })
      const second = await liveArticle({ references: [reference] })

      const response = await act(server(), ctx.team.editor, 'references', reference, 'withdraw', {
        reason: 'Label superseded',
        withDependents: true,
      })
      expect(response.status).toBe(200)
      expect(response.body.state).toBe('withdrawn')
      expect(response.body.linked).toEqual(
        expect.arrayContaining([
          {
            collection: 'articles',
            id: first.id,
            title: first.title,
            state: 'withdrawn',
            done: true,
          },
          {
            collection: 'articles',
            id: second.id,
            title: second.title,
            state: 'withdrawn',
            done: true,
          },
        ]),
      )
      expect(response.body.linked).toHaveLength(2)

      expect(await liveStatus('references', reference)).toBe('draft')
      for (const article of [first, second]) {
        expect(await liveStatus('articles', article.id)).toBe('draft')
        expect((await page(article.slug)).status).toBe(404)
        const [audit] = await auditEntries(ctx.app.payload, article.id, 'withdraw')
        expect(audit.comment).toBe('Label superseded')
        expect(audit.details).toEqual({
          withdrawnWith: { collection: 'references', id: reference },
        })
      }
      const [audit] = await auditEntries(ctx.app.payload, reference, 'withdraw')
      expect((audit.details as { withDependents: { id: string }[] }).withDependents).toEqual(
        expect.arrayContaining([
          { collection: 'articles', id: first.id, title: first.title },
          { collection: 'articles', id: second.id, title: second.title },
        ]),
      )
    })

    it('does the same over GraphQL, for a FAQ', async () => {
      const faq = await liveDoc('faqs', faqData('Does baclofen cause drowsiness?'))
      const article = await liveArticle({ faqs: [faq] })
      const response = await request(server())
        .post('/api/graphql')
        .set('Authorization', editor())
        .send({
          query:
            'mutation ($id: String!) { workflowWithdraw(collection: faqs, id: $id, reason: "Re-review", withDependents: true) { state linked { collection id title state done } } }',
          variables: { id: faq },
        })
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.workflowWithdraw).toEqual({
        state: 'withdrawn',
        linked: [
          {
            collection: 'articles',
            id: article.id,
            title: article.title,
            state: 'withdrawn',
            done: true,
          },
        ],
      })
      expect(await liveStatus('faqs', faq)).toBe('draft')
      expect((await page(article.slug)).status).toBe(404)
    })
  })

  describe('a page whose reference went away behind the CMS', () => {
    it('fails closed (503) rather than renumbering, when a reference is unpublished or deleted', async () => {
      const gone = await liveReference('Vanishing source')
      const kept = await liveReference('Kept source')
      const article = await liveArticle({ references: [gone, kept] })
      const rebuild = async () => rebuildStoredPages(await createLocalReq({}, ctx.app.payload))
      const expectFailedClosed = async () => {
        const response = await page(article.slug)
        expect(response.status).toBe(503)
        expect(response.body.errors[0].message).toMatch(/no longer published/)
        expect(JSON.stringify(response.body)).not.toContain('Kept source')
      }

      // Written straight to the database, past every hook that would refuse it.
      await ctx.app.payload.db.updateOne({
        collection: 'references',
        id: gone,
        data: { _status: 'draft' },
      })
      await rebuild()
      await expectFailedClosed()

      await ctx.app.payload.db.updateOne({
        collection: 'references',
        id: gone,
        data: { _status: 'published' },
      })
      await rebuild()
      const restored = await page(article.slug)
      expect(restored.status).toBe(200)
      expect(restored.body.references.map((ref: { title: string }) => ref.title)).toEqual([
        'Vanishing source',
        'Kept source',
      ])

      await ctx.app.payload.db.deleteOne({
        collection: 'references',
        where: { id: { equals: gone } },
      })
      await rebuild()
      await expectFailedClosed()
    })

    it('never publishes an article whose linked FAQ was deleted into a page that fails closed', async () => {
      const faq = await createAs(server(), ctx.team.writer, 'faqs', faqData())
      unique += 1
      const slug = `deleted-faq-${unique}-${Date.now()}`
      const article = await createAs(
        server(),
        ctx.team.writer,
        'articles',
        articleData({
          title: `Deleted FAQ ${unique}`,
          slug,
          summary: summaryCiting(0),
          faqs: [faq],
        }),
      )
      await approve(server(), 'articles', article, ctx.team.writer, ctx.team.reviewer)
      const deleted = await request(server())
        .delete(`/api/faqs/${faq}`)
        .set('Authorization', editor())
      expect(deleted.status).toBe(200)

      const published = await act(server(), ctx.team.editor, 'articles', article, 'publish')
      expect(published.status).toBe(409)
      const linksKept = (
        await ctx.app.payload.findByID({
          collection: 'articles',
          id: article,
          depth: 0,
          draft: true,
        })
      ).faqs?.length
      // MongoDB keeps the deleted FAQ's id in the article's links, and the gate names it; SQLite's
      // foreign key drops the link, which is a change since the sign-off.
      expect(JSON.stringify(published.body)).toContain(
        linksKept
          ? `remove the linked faqs ${faq}: it was deleted`
          : 'differs from what the reviewer signed',
      )
      expect((await page(slug)).status).toBe(404)
      expect(await liveStatus('articles', article)).not.toBe('published')
    })
  })
})
