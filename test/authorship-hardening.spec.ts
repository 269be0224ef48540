import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { type Member } from './helpers/team'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken, reviewerProfile } from './helpers/users'
import { act, createAs } from './helpers/workflow'

describe('authorship survives every write path, and four eyes reads the version history', () => {
  const spec = useTeamApp()

  const latest = (id: string) =>
    spec.app.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const live = (id: string) =>
    spec.app.payload.findByID({ collection: 'articles', id, draft: false, depth: 0 })
  const idOf = (value: unknown) =>
    String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)

  /** A writer who writes an article, then is promoted to pharmacist reviewer (fresh token). */
  const writerLaterPromoted = async (): Promise<{ author: Member; articleId: string }> => {
    const writer = await createUser(spec.app.payload, 'writer')
    const member = {
      ...writer,
      token: await loginToken(spec.app.server, writer.email, writer.password),
    }
    const articleId = await createAs(spec.app.server, member, 'articles', articleData())
    await request(spec.app.server)
      .patch(`/api/articles/${articleId}?draft=true`)
      .set('Authorization', bearer(member.token))
      .send({ summary: 'A second version by the writer.' })
      .expect(200)
    return { author: member, articleId }
  }

  const promote = async (member: Member): Promise<Member> => {
    await spec.app.payload.update({
      collection: 'users',
      id: member.id,
      data: { role: 'reviewer', ...reviewerProfile() },
    })
    return { ...member, token: await loginToken(spec.app.server, member.email, member.password) }
  }

  const signAs = (member: Member, id: string) =>
    act(spec.app.server, member, 'articles', id, 'sign-off', { password: member.password })

  it('keeps the creator and contributors when the writer restores a version over REST; the author, promoted, cannot sign', async () => {
    const { author, articleId } = await writerLaterPromoted()
    const { docs } = await spec.app.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: articleId } },
      sort: 'createdAt',
      limit: 1,
    })
    const restored = await request(spec.app.server)
      .post(`/api/articles/versions/${docs[0].id}`)
      .set('Authorization', bearer(author.token))
    expect(restored.status).toBe(200)
    const after = await latest(articleId)
    expect(idOf(after.createdBy)).toBe(String(author.id))
    expect((after.contributors ?? []).map(idOf)).toContain(String(author.id))
    expect(after.workflowState).toBe('draft')

    expect(
      (await act(spec.app.server, spec.team.editor, 'articles', articleId, 'submit')).status,
    ).toBe(200)
    const reviewer = await promote(author)
    const signed = await signAs(reviewer, articleId)
    expect(signed.status).toBe(409)
    expect(JSON.stringify(signed.body)).toMatch(/you wrote or edited this content/)
    expect((await latest(articleId)).workflowState).toBe('in_review')
    expect(
      (
        await spec.app.payload.count({
          collection: 'signatures',
          where: { documentId: { equals: articleId } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('still refuses the author after trusted code wipes createdBy and contributors: the history remembers', async () => {
    const { author, articleId } = await writerLaterPromoted()
    await spec.app.payload.update({
      collection: 'articles',
      id: articleId,
      data: { createdBy: null, contributors: [] } as never,
      draft: true,
    })
    const after = await latest(articleId)
    expect(idOf(after.createdBy)).toBe(String(author.id))
    expect((after.contributors ?? []).map(idOf)).toContain(String(author.id))

    await spec.app.payload.db.updateOne({
      collection: 'articles',
      id: articleId,
      data: { createdBy: null, contributors: [] },
    })
    expect(
      (await act(spec.app.server, spec.team.editor, 'articles', articleId, 'submit')).status,
    ).toBe(200)
    const reviewer = await promote(author)
    const signed = await signAs(reviewer, articleId)
    expect(signed.status).toBe(409)
    expect(JSON.stringify(signed.body)).toMatch(/you wrote or edited this content/)
  })

  it('gives a duplicate the authors of its source, so the source author cannot sign the copy', async () => {
    const { author, articleId } = await writerLaterPromoted()
    const duplicated = await request(spec.app.server)
      .post(`/api/articles/${articleId}/duplicate`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({})
    expect(duplicated.status).toBe(200)
    expect(duplicated.body.doc.slug).toBe(`${(await latest(articleId)).slug}-copy`)
    const copyId = String(duplicated.body.doc.id)
    const copy = await latest(copyId)
    expect(idOf(copy.createdBy)).toBe(String(spec.team.editor.id))
    expect((copy.contributors ?? []).map(idOf)).toEqual(
      expect.arrayContaining([String(author.id), String(spec.team.editor.id)]),
    )

    expect(
      (await act(spec.app.server, spec.team.editor, 'articles', copyId, 'submit')).status,
    ).toBe(200)
    const reviewer = await promote(author)
    expect((await signAs(reviewer, copyId)).status).toBe(409)
  })

  it('keeps the creator through a bulk update and a GraphQL update that send another one', async () => {
    const articleId = await createAs(spec.app.server, spec.team.writer, 'articles', articleData())
    const bulk = await request(spec.app.server)
      .patch(`/api/articles?where[id][equals]=${articleId}&draft=true`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ summary: 'Bulk edit.', createdBy: spec.team.editor.id, contributors: [] })
    expect(bulk.status).toBe(200)
    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.editor.token))
      .send({
        query:
          'mutation ($id: String!, $by: String) { updateArticle(id: $id, draft: true, data: { summary: "GraphQL edit.", createdBy: $by }) { id } }',
        variables: { id: articleId, by: spec.team.editor.id },
      })
    expect(graphql.status).toBe(200)
    const after = await latest(articleId)
    expect(idOf(after.createdBy)).toBe(String(spec.team.writer.id))
    expect((after.contributors ?? []).map(idOf)).toEqual(
      expect.arrayContaining([String(spec.team.writer.id), String(spec.team.editor.id)]),
    )
  })

  it('refuses to sign a document with no known author', async () => {
    const orphan = await spec.app.payload.create({
      collection: 'articles',
      data: articleData() as never,
    })
    expect(
      (await act(spec.app.server, spec.team.editor, 'articles', orphan.id, 'submit')).status,
    ).toBe(200)
    const signed = await signAs(spec.team.reviewer, orphan.id)
    expect(signed.status).toBe(409)
    expect(JSON.stringify(signed.body)).toMatch(/nobody is recorded as its author/)
    expect((await latest(orphan.id)).workflowState).toBe('in_review')
  })

  describe('writers act only on their own documents', () => {
    let otherWriter: Member

    beforeAll(async () => {
      const user = await createUser(spec.app.payload, 'writer')
      otherWriter = { ...user, token: await loginToken(spec.app.server, user.email, user.password) }
    })

    it('refuses another writer submitting a draft (REST and GraphQL); its author still edits it', async () => {
      const articleId = await createAs(spec.app.server, spec.team.writer, 'articles', articleData())
      const rest = await act(spec.app.server, otherWriter, 'articles', articleId, 'submit')
      expect(rest.status).toBe(403)
      expect(rest.body.errors[0].message).toMatch(/belongs to another writer/)
      const graphql = await request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(otherWriter.token))
        .send({
          query:
            'mutation ($id: String!) { workflowSubmit(collection: articles, id: $id) { state } }',
          variables: { id: articleId },
        })
      expect(graphql.body.errors?.[0]?.message).toMatch(/belongs to another writer/)
      expect((await latest(articleId)).workflowState).toBe('draft')
      const edit = await request(spec.app.server)
        .patch(`/api/articles/${articleId}?draft=true`)
        .set('Authorization', bearer(spec.team.writer.token))
        .send({ summary: 'The author still edits it.' })
      expect(edit.status).toBe(200)
      expect(
        (await act(spec.app.server, spec.team.editor, 'articles', articleId, 'submit')).status,
      ).toBe(200)
    })

    it('refuses the author editing their article in review, by id, in bulk (with and without ?draft) and over GraphQL', async () => {
      const articleId = await createAs(
        spec.app.server,
        spec.team.writer,
        'articles',
        articleData({ summary: 'As submitted.' }),
      )
      expect(
        (await act(spec.app.server, spec.team.writer, 'articles', articleId, 'submit')).status,
      ).toBe(200)
      const writer = bearer(spec.team.writer.token)
      const attempts = [
        request(spec.app.server)
          .patch(`/api/articles/${articleId}`)
          .set('Authorization', writer)
          .send({ summary: 'Sneaked in.' }),
        request(spec.app.server)
          .patch(`/api/articles/${articleId}?draft=true`)
          .set('Authorization', writer)
          .send({ summary: 'Sneaked in.' }),
        request(spec.app.server)
          .patch(`/api/articles?where[id][equals]=${articleId}`)
          .set('Authorization', writer)
          .send({ summary: 'Sneaked in.' }),
        request(spec.app.server)
          .patch(`/api/articles?where[id][equals]=${articleId}&draft=true`)
          .set('Authorization', writer)
          .send({ summary: 'Sneaked in.' }),
        request(spec.app.server)
          .post('/api/graphql')
          .set('Authorization', writer)
          .send({
            query:
              'mutation ($id: String!) { updateArticle(id: $id, draft: true, data: { summary: "Sneaked in." }) { id } }',
            variables: { id: articleId },
          }),
      ]
      for (const attempt of attempts) {
        const response = await attempt
        expect(
          response.body.doc ?? response.body.docs?.[0] ?? response.body.data?.updateArticle ?? null,
        ).toBeNull()
      }
      const after = await latest(articleId)
      expect(after.summary).toBe('As submitted.')
      expect(after.workflowState).toBe('in_review')
      expect((await live(articleId)).summary).toBe('As submitted.')
    })
  })
})
