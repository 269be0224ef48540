import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { startCallersApp, type Callers } from './helpers/callers'
import { changeThread, commentsOn } from './helpers/reviewComments'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { act, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

const errorOn = (body: object, path: string) =>
  fieldErrors(body).find((error) => error.path === path)?.message

describe('review comment threads', () => {
  let app: TestApp
  let callers: Callers
  let team: Callers['team']

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    team = callers.team
    await publishDefaultDisclaimer(app.payload)
  })

  const post = (member: Member | undefined, body: Record<string, unknown>) => {
    const call = request(app.server).post('/api/review-comments')
    if (member) call.set('Authorization', bearer(member.token))
    return call.send(body)
  }

  const inReview = async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData())
    await act(app.server, team.writer, 'faqs', id, 'submit')
    return id
  }

  const stored = (id: string) =>
    app.payload.findByID({ collection: 'review-comments', id, depth: 0 })

  it('opens a thread on a field, stamped with its author and the version it was written on', async () => {
    const id = await inReview()
    const response = await post(team.reviewer, {
      collectionSlug: 'faqs',
      documentId: id,
      field: 'answer',
      quote: 'Ask your pharmacist.',
      comment: 'Say which pharmacist.',
      author: team.writer.id,
      authorName: 'Someone Else',
      status: 'resolved',
      versionId: 'forged',
    })
    expect(response.status).toBe(201)
    const comment = await stored(response.body.doc.id)
    const { docs: versions } = await app.payload.findVersions({
      collection: 'faqs',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
    })
    expect(comment).toMatchObject({
      author: team.reviewer.id,
      authorName: team.reviewer.fullName,
      status: 'open',
      field: 'answer',
      versionId: String(versions[0].id),
    })
  })

  it('refuses hostile or broken input with a 400 naming the field', async () => {
    const id = await inReview()
    const cases: [Record<string, unknown>, string][] = [
      [{ collectionSlug: 'faqs', documentId: id, field: 'nope', comment: 'x' }, 'field'],
      [{ collectionSlug: 'faqs', documentId: id, field: 'answer.$where', comment: 'x' }, 'field'],
      [{ collectionSlug: 'faqs', documentId: 'missing-id', comment: 'x' }, 'documentId'],
      [{ collectionSlug: 'faqs', documentId: { $ne: null }, comment: 'x' }, 'documentId'],
      [{ collectionSlug: 'faqs', documentId: { id }, comment: 'x' }, 'documentId'],
      [{ collectionSlug: 'faqs', documentId: [id], comment: 'x' }, 'documentId'],
      [{ collectionSlug: 'faqs', documentId: 42, comment: 'x' }, 'documentId'],
      [{ collectionSlug: { $ne: null }, documentId: id, comment: 'x' }, 'collectionSlug'],
      [{ thread: { $ne: null }, comment: 'A reply to anything' }, 'thread'],
      [{ collectionSlug: 'users', documentId: id, comment: 'x' }, 'collectionSlug'],
      [{ collectionSlug: 'faqs', documentId: id, comment: '   ' }, 'comment'],
      [{ collectionSlug: 'faqs', documentId: id, comment: 'x'.repeat(5001) }, 'comment'],
      [{ thread: '64b7f0c2a1b2c3d4e5f60718', comment: 'A reply to nothing' }, 'thread'],
      [{ thread: 'not-an-id', comment: 'A reply to a malformed id' }, 'thread'],
    ]
    for (const [body, path] of cases) {
      const response = await post(team.reviewer, body)
      expect({ body, status: response.status }).toEqual({ body, status: 400 })
      expect(errorOn(response.body, path)).toBeDefined()
    }
    expect(await commentsOn(app.server, team.reviewer, 'faqs', id)).toEqual([])
  })

  it('keeps replies in their thread, whatever document the reply names', async () => {
    const id = await inReview()
    const other = await inReview()
    const thread = await post(team.reviewer, {
      collectionSlug: 'faqs',
      documentId: id,
      field: 'question',
      comment: 'Too long.',
    })
    const reply = await post(team.writer, {
      thread: thread.body.doc.id,
      collectionSlug: 'faqs',
      documentId: other,
      field: 'answer',
      comment: 'Shortened.',
    })
    expect(reply.status).toBe(201)
    expect(await stored(reply.body.doc.id)).toMatchObject({
      thread: thread.body.doc.id,
      documentId: id,
      field: 'question',
      author: team.writer.id,
    })
    expect((await stored(reply.body.doc.id)).status ?? null).toBeNull()
    expect(await commentsOn(app.server, team.writer, 'faqs', other)).toEqual([])
  })

  describe('who reads and who writes', () => {
    let threadId: string

    beforeAll(async () => {
      const id = await inReview()
      const thread = await post(team.reviewer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Internal: check the label.',
      })
      threadId = thread.body.doc.id
    })

    it.each(['writer', 'writer2', 'reviewer', 'editor', 'admin'] as const)(
      'lets a %s read threads',
      async (role) => {
        const response = await request(app.server)
          .get(`/api/review-comments/${threadId}`)
          .set('Authorization', bearer(team[role].token))
        expect(response.status).toBe(200)
      },
    )

    it('never shows a thread to consumers or anonymous callers, over REST or GraphQL', async () => {
      const byId = request(app.server).get(`/api/review-comments/${threadId}`)
      expect([401, 403, 404]).toContain((await byId).status)
      const list = await request(app.server).get('/api/review-comments')
      expect(list.body.docs ?? []).toEqual([])
      const asConsumer = await request(app.server)
        .get('/api/review-comments')
        .set('Authorization', `users API-Key ${callers.consumerKey}`)
      expect(JSON.stringify(asConsumer.body)).not.toContain('check the label')
      for (const auth of [undefined, `users API-Key ${callers.consumerKey}`]) {
        const call = request(app.server).post('/api/graphql')
        if (auth) call.set('Authorization', auth)
        const response = await call.send({
          query: `{ ReviewComments { docs { comment } } ReviewComment(id: "${threadId}") { comment } }`,
        })
        expect(JSON.stringify(response.body)).not.toContain('check the label')
        expect(response.body.errors?.length ?? 0).toBeGreaterThan(0)
      }
    })

    it('refuses comments from consumers and anonymous callers', async () => {
      const id = await inReview()
      const body = { collectionSlug: 'faqs', documentId: id, comment: 'Spam' }
      expect([401, 403]).toContain((await post(undefined, body)).status)
      const consumer = await request(app.server)
        .post('/api/review-comments')
        .set('Authorization', `users API-Key ${callers.consumerKey}`)
        .send(body)
      expect(consumer.status).toBe(403)
      expect(await commentsOn(app.server, team.editor, 'faqs', id)).toEqual([])
    })

    it("lets nobody, admins included, edit or delete another person's comment", async () => {
      for (const role of ['writer', 'editor', 'admin', 'reviewer2'] as const) {
        const edit = await request(app.server)
          .patch(`/api/review-comments/${threadId}`)
          .set('Authorization', bearer(team[role].token))
          .send({ comment: 'Rewritten' })
        expect([403, 404]).toContain(edit.status)
        const remove = await request(app.server)
          .delete(`/api/review-comments/${threadId}`)
          .set('Authorization', bearer(team[role].token))
        expect([403, 404]).toContain(remove.status)
      }
      const bulk = await request(app.server)
        .delete('/api/review-comments')
        .query({ where: { id: { exists: true } } })
        .set('Authorization', bearer(team.admin.token))
      expect(bulk.body.docs ?? []).toEqual([])
      const bulkEdit = await request(app.server)
        .patch('/api/review-comments?where[id][exists]=true')
        .set('Authorization', bearer(team.admin.token))
        .send({ comment: 'Rewritten in bulk' })
      expect(bulkEdit.body.docs ?? []).toEqual([])
      const graphql = await request(app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(team.writer.token))
        .send({
          query: `mutation { updateReviewComment(id: "${threadId}", data: { comment: "Rewritten" }) { id } deleteReviewComment(id: "${threadId}") { id } }`,
        })
      expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0)
      expect((await stored(threadId)).comment).toBe('Internal: check the label.')
    })

    it('lets the author edit their own comment, but not its status, document or author', async () => {
      const edit = await request(app.server)
        .patch(`/api/review-comments/${threadId}`)
        .set('Authorization', bearer(team.reviewer.token))
        .send({
          comment: 'Internal: check the 2024 label.',
          status: 'resolved',
          documentId: 'elsewhere',
          author: team.writer.id,
        })
      expect(edit.status).toBe(200)
      expect(await stored(threadId)).toMatchObject({
        comment: 'Internal: check the 2024 label.',
        status: 'open',
        author: team.reviewer.id,
      })
      expect((await stored(threadId)).documentId).not.toBe('elsewhere')
    })
  })

  describe('resolve and reopen', () => {
    it('records who resolved or reopened a thread and when; replies and outsiders are refused', async () => {
      const id = await inReview()
      const thread = await post(team.reviewer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Cite a source.',
      })
      const threadId = thread.body.doc.id
      const reply = await post(team.writer, { thread: threadId, comment: 'Done.' })

      expect((await changeThread(app.server, undefined, threadId, 'resolve')).status).toBe(401)
      for (const missing of ['not-an-id', '64b7f0c2a1b2c3d4e5f60718']) {
        expect((await changeThread(app.server, team.reviewer, missing, 'resolve')).status).toBe(404)
      }
      expect((await changeThread(app.server, team.writer2, threadId, 'resolve')).status).toBe(403)
      expect(
        (await changeThread(app.server, team.writer, reply.body.doc.id, 'resolve')).status,
      ).toBe(409)
      const resolved = await changeThread(app.server, team.writer, threadId, 'resolve')
      expect(resolved.status).toBe(200)
      expect(await stored(threadId)).toMatchObject({
        status: 'resolved',
        statusChangedBy: team.writer.id,
        statusChangedAt: expect.any(String),
      })
      expect((await changeThread(app.server, team.writer, threadId, 'resolve')).status).toBe(409)

      const reopened = await changeThread(app.server, team.reviewer2, threadId, 'reopen')
      expect(reopened.status).toBe(200)
      expect(await stored(threadId)).toMatchObject({
        status: 'open',
        statusChangedBy: team.reviewer2.id,
      })
      const { docs: audit } = await app.payload.find({
        collection: 'audit-log',
        where: { documentId: { equals: id } },
        sort: 'at',
        depth: 0,
      })
      expect(audit.map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['comment-resolved', 'comment-reopened']),
      )
    })
  })

  describe('sign-off waits for open threads', () => {
    it('request-changes opens a thread on the field; sign-off is refused until it is resolved', async () => {
      const id = await inReview()
      const badField = await act(app.server, team.reviewer, 'faqs', id, 'request-changes', {
        comment: 'Wrong.',
        field: 'nonsense',
      })
      expect(badField.status).toBe(400)
      expect(errorOn(badField.body, 'field')).toBeDefined()
      expect(
        (await app.payload.findByID({ collection: 'faqs', id, draft: true })).workflowState,
      ).toBe('in_review')

      const requested = await act(app.server, team.reviewer, 'faqs', id, 'request-changes', {
        comment: 'Name the dose.',
        field: 'answer',
      })
      expect(requested.status).toBe(200)
      const [thread] = await commentsOn(app.server, team.writer, 'faqs', id)
      expect(thread).toMatchObject({ field: 'answer', comment: 'Name the dose.', status: 'open' })

      await act(app.server, team.writer, 'faqs', id, 'submit')
      const refused = await act(app.server, team.reviewer, 'faqs', id, 'sign-off', {
        password: team.reviewer.password,
      })
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toMatch(/open review comments: 1/)
      const status = await request(app.server)
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(team.reviewer.token))
      expect(status.body.checklist).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            requirement: 'no-open-comments',
            met: false,
            problems: ['open review comments: 1'],
          }),
        ]),
      )
      expect(
        (
          await app.payload.find({
            collection: 'signatures',
            where: { documentId: { equals: id } },
          })
        ).totalDocs,
      ).toBe(0)

      await changeThread(app.server, team.reviewer, thread.id, 'resolve')
      const signed = await act(app.server, team.reviewer, 'faqs', id, 'sign-off', {
        password: team.reviewer.password,
      })
      expect(signed.status).toBe(200)
    })

    it('keeps comments made before a sign-off: not edited, not deleted; threads with replies stay whole', async () => {
      const id = await inReview()
      const thread = await post(team.writer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Is the wording fine?',
      })
      const reply = await post(team.reviewer, { thread: thread.body.doc.id, comment: 'Yes.' })
      const withReplies = await request(app.server)
        .delete(`/api/review-comments/${thread.body.doc.id}`)
        .set('Authorization', bearer(team.writer.token))
      expect(withReplies.status).toBe(409)

      await changeThread(app.server, team.reviewer, thread.body.doc.id, 'resolve')
      await act(app.server, team.reviewer, 'faqs', id, 'sign-off', {
        password: team.reviewer.password,
      })
      const edit = await request(app.server)
        .patch(`/api/review-comments/${reply.body.doc.id}`)
        .set('Authorization', bearer(team.reviewer.token))
        .send({ comment: 'No.' })
      expect(edit.status).toBe(409)
      const remove = await request(app.server)
        .delete(`/api/review-comments/${reply.body.doc.id}`)
        .set('Authorization', bearer(team.reviewer.token))
      expect(remove.status).toBe(409)
      expect((await stored(reply.body.doc.id)).comment).toBe('Yes.')
    })

    it('lets an author delete their own comment while the document is unsigned', async () => {
      const id = await inReview()
      const thread = await post(team.reviewer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Typo in my note',
      })
      const removed = await request(app.server)
        .delete(`/api/review-comments/${thread.body.doc.id}`)
        .set('Authorization', bearer(team.reviewer.token))
      expect(removed.status).toBe(200)
      expect(await commentsOn(app.server, team.reviewer, 'faqs', id)).toEqual([])
    })
  })

  describe("the review record is the server's", () => {
    const FORGED = '2999-01-01T00:00:00.000Z'
    const graphql = (member: Member, query: string, variables: Record<string, unknown> = {}) =>
      request(app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(member.token))
        .send({ query, variables })
    const expectServerTime = (value: unknown, before: number) => {
      const time = new Date(String(value)).getTime()
      expect(time).toBeGreaterThanOrEqual(before - 1000)
      expect(time).toBeLessThanOrEqual(Date.now() + 1000)
    }

    it('stamps createdAt and updatedAt itself: forged dates are ignored on REST, GraphQL and the Local API', async () => {
      const id = await inReview()
      const before = Date.now()
      const created = await post(team.writer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Backdated?',
        createdAt: FORGED,
        updatedAt: FORGED,
        statusChangedAt: FORGED,
        statusChangedBy: team.reviewer.id,
      })
      expect(created.status).toBe(201)
      const rest = await stored(created.body.doc.id)
      expectServerTime(rest.createdAt, before)
      expectServerTime(rest.updatedAt, before)
      expect(rest.statusChangedAt ?? null).toBeNull()
      expect(rest.statusChangedBy ?? null).toBeNull()

      const patched = await request(app.server)
        .patch(`/api/review-comments/${rest.id}`)
        .set('Authorization', bearer(team.writer.token))
        .send({ comment: 'Backdated again?', createdAt: FORGED, updatedAt: FORGED })
      expect(patched.status).toBe(200)
      expect(await stored(String(rest.id))).toMatchObject({
        comment: 'Backdated again?',
        createdAt: rest.createdAt,
      })
      expectServerTime((await stored(String(rest.id))).updatedAt, before)

      const viaGraphql = await graphql(
        team.writer,
        'mutation ($data: mutationReviewCommentInput!) { createReviewComment(data: $data) { id } }',
        {
          data: {
            collectionSlug: 'faqs',
            documentId: id,
            comment: 'Through GraphQL',
            createdAt: FORGED,
            updatedAt: FORGED,
          },
        },
      )
      expect(viaGraphql.body.errors).toBeUndefined()
      const graphqlId = viaGraphql.body.data.createReviewComment.id
      const updatedViaGraphql = await graphql(
        team.writer,
        'mutation ($id: String!, $data: mutationReviewCommentUpdateInput!) { updateReviewComment(id: $id, data: $data) { id } }',
        { id: graphqlId, data: { comment: 'Through GraphQL, edited', createdAt: FORGED } },
      )
      expect(updatedViaGraphql.body.errors).toBeUndefined()

      const local = await app.payload.create({
        collection: 'review-comments',
        data: {
          collectionSlug: 'faqs',
          documentId: id,
          comment: 'Through the Local API',
          createdAt: FORGED,
          updatedAt: FORGED,
        },
        user: team.writer,
        overrideAccess: false,
      })
      for (const commentId of [graphqlId, String(local.id)]) {
        const comment = await stored(commentId)
        expectServerTime(comment.createdAt, before)
        expectServerTime(comment.updatedAt, before)
      }
      expect((await stored(graphqlId)).comment).toBe('Through GraphQL, edited')
    })

    /**
     * A writer's thread (created with a forged future date), a reviewer's thread with the writer's
     * reply; both resolved, then the document is signed.
     */
    const signedWithComments = async () => {
      const id = await inReview()
      const own = await post(team.writer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'My own note.',
        createdAt: FORGED,
      })
      const asked = await post(team.reviewer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Why this dose?',
      })
      const reply = await post(team.writer, { thread: asked.body.doc.id, comment: 'The label.' })
      for (const thread of [own, asked]) {
        expect(
          (await changeThread(app.server, team.reviewer, thread.body.doc.id, 'resolve')).status,
        ).toBe(200)
      }
      const signed = await act(app.server, team.reviewer, 'faqs', id, 'sign-off', {
        password: team.reviewer.password,
      })
      expect(signed.status).toBe(200)
      return {
        id,
        own: String(own.body.doc.id),
        asked: String(asked.body.doc.id),
        reply: String(reply.body.doc.id),
      }
    }

    it('keeps a comment written before a sign-off unchanged on every path, however it was dated', async () => {
      const { own, reply } = await signedWithComments()
      const snapshot = { own: await stored(own), reply: await stored(reply) }
      const writer = (call: request.Test) => call.set('Authorization', bearer(team.writer.token))

      for (const target of [own, reply]) {
        const edit = await writer(request(app.server).patch(`/api/review-comments/${target}`)).send(
          { comment: 'Rewritten after sign-off' },
        )
        expect(edit.status).toBe(409)
        expect(edit.body.errors[0].message).toMatch(/part of its review record/)
        const remove = await writer(request(app.server).delete(`/api/review-comments/${target}`))
        expect(remove.status).toBe(409)

        const bulkEdit = await writer(
          request(app.server).patch(`/api/review-comments?where[id][equals]=${target}`),
        ).send({ comment: 'Rewritten in bulk' })
        expect(bulkEdit.body.docs ?? []).toEqual([])
        expect(JSON.stringify(bulkEdit.body.errors)).toMatch(/part of its review record/)
        const bulkDelete = await writer(
          request(app.server).delete(`/api/review-comments?where[id][equals]=${target}`),
        )
        expect(bulkDelete.body.docs ?? []).toEqual([])
        expect(JSON.stringify(bulkDelete.body.errors)).toMatch(/part of its review record/)

        const viaGraphql = await graphql(
          team.writer,
          'mutation ($id: String!) { updateReviewComment(id: $id, data: { comment: "Rewritten" }) { id } }',
          { id: target },
        )
        expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(409)
        const deletedViaGraphql = await graphql(
          team.writer,
          'mutation ($id: String!) { deleteReviewComment(id: $id) { id } }',
          { id: target },
        )
        expect(deletedViaGraphql.body.errors[0].extensions.statusCode).toBe(409)

        await expect(
          app.payload.update({
            collection: 'review-comments',
            id: target,
            data: { comment: 'Rewritten locally' },
            user: team.writer,
            overrideAccess: false,
          }),
        ).rejects.toMatchObject({ status: 409 })
        await expect(
          app.payload.delete({
            collection: 'review-comments',
            id: target,
            user: team.writer,
            overrideAccess: false,
          }),
        ).rejects.toMatchObject({ status: 409 })
      }
      expect(await stored(own)).toEqual(snapshot.own)
      expect(await stored(reply)).toEqual(snapshot.reply)
    })

    it("keeps a signed thread's resolution: nobody reopens it, a new comment stays editable", async () => {
      const { id, own, asked } = await signedWithComments()
      for (const [member, thread] of [
        [team.reviewer, asked],
        [team.writer, own],
        [team.admin, asked],
      ] as const) {
        const reopened = await changeThread(app.server, member, thread, 'reopen')
        expect(reopened.status).toBe(409)
        expect(reopened.body.errors[0].message).toMatch(/part of its review record/)
        expect((await stored(thread)).status).toBe('resolved')
      }

      const later = await post(team.writer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'A question for the next review.',
      })
      const edited = await request(app.server)
        .patch(`/api/review-comments/${later.body.doc.id}`)
        .set('Authorization', bearer(team.writer.token))
        .send({ comment: 'A sharper question for the next review.' })
      expect(edited.status).toBe(200)
      expect((await stored(later.body.doc.id)).comment).toBe(
        'A sharper question for the next review.',
      )
    })

    it('lets a thread opened while the sign-off was being given be resolved, never reopened', async () => {
      const { id } = await signedWithComments()
      const [signature] = (
        await app.payload.find({
          collection: 'signatures',
          where: { documentId: { equals: id } },
          sort: '-signedAt',
          limit: 1,
          depth: 0,
        })
      ).docs
      const raced = await post(team.reviewer, {
        collectionSlug: 'faqs',
        documentId: id,
        comment: 'Opened as the signature was written.',
      })
      const threadId = String(raced.body.doc.id)
      // The race: the thread was stored after the sign-off's open-thread check and before its
      // signature time, so the signature is newer than the thread.
      const justBefore = new Date(new Date(signature.signedAt).getTime() - 1).toISOString()
      await app.payload.db.updateOne({
        collection: 'review-comments',
        id: threadId,
        data: { createdAt: justBefore },
      })

      expect((await changeThread(app.server, team.reviewer, threadId, 'resolve')).status).toBe(200)
      expect((await stored(threadId)).status).toBe('resolved')
      const reopened = await changeThread(app.server, team.reviewer, threadId, 'reopen')
      expect(reopened.status).toBe(409)
      expect((await stored(threadId)).status).toBe('resolved')
      const edited = await request(app.server)
        .patch(`/api/review-comments/${threadId}`)
        .set('Authorization', bearer(team.reviewer.token))
        .send({ comment: 'Rewritten' })
      expect(edited.status).toBe(409)
      expect((await stored(threadId)).comment).toBe('Opened as the signature was written.')
    })
  })

  afterAll(async () => {
    await app?.close()
  })
})
