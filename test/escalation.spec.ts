import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, TEST_PASSWORD, uniqueEmail } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

describe('privilege escalation attempts', () => {
  const spec = useTeamApp()

  const latestFaq = (id: string) =>
    spec.app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })

  it('refuses a writer making themselves admin (403), role unchanged', async () => {
    const response = await request(spec.app.server)
      .patch(`/api/users/${spec.team.writer.id}`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ role: 'admin' })
    expect(response.status).toBe(403)
    expect(
      (await spec.app.payload.findByID({ collection: 'users', id: spec.team.writer.id })).role,
    ).toBe('writer')
  })

  it('refuses the same over GraphQL', async () => {
    const response = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({
        query: 'mutation ($id: String!) { updateUser(id: $id, data: { role: admin }) { role } }',
        variables: { id: spec.team.writer.id },
      })
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
    expect(
      (await spec.app.payload.findByID({ collection: 'users', id: spec.team.writer.id })).role,
    ).toBe('writer')
  })

  it('refuses an admin changing their own role, so the last admin cannot lock everyone out', async () => {
    const response = await request(spec.app.server)
      .patch(`/api/users/${spec.team.admin.id}`)
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ role: 'editor' })
    expect(response.status).toBe(403)
    expect(
      (await spec.app.payload.findByID({ collection: 'users', id: spec.team.admin.id })).role,
    ).toBe('admin')
  })

  it('lets a writer update their own profile without touching the role', async () => {
    const response = await request(spec.app.server)
      .patch(`/api/users/${spec.team.writer.id}`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ fullName: 'Wendy W. Writer', role: 'writer' })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ fullName: 'Wendy W. Writer', role: 'writer' })
  })

  it('refuses a writer creating a user (403), nobody created', async () => {
    const email = uniqueEmail('sockpuppet')
    const response = await request(spec.app.server)
      .post('/api/users')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ email, password: TEST_PASSWORD, role: 'reviewer' })
    expect(response.status).toBe(403)
    expect(
      (await spec.app.payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('keeps the real author when a writer claims someone else wrote their content', async () => {
    const response = await request(spec.app.server)
      .post('/api/faqs')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({
        ...faqData(),
        createdBy: spec.team.reviewer.id,
        contributors: [],
        workflowState: 'approved',
      })
    expect(response.status).toBe(201)
    const stored = await latestFaq(response.body.doc.id)
    expect(stored.createdBy).toBe(spec.team.writer.id)
    expect(stored.workflowState).toBe('draft')
    expect(stored.contributors).toEqual([spec.team.writer.id])

    const relabel = await request(spec.app.server)
      .patch(`/api/faqs/${stored.id}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({
        createdBy: spec.team.reviewer.id,
        workflowState: 'approved',
        lastReviewedAt: new Date().toISOString(),
      })
    expect(relabel.status).toBe(200)
    const after = await latestFaq(stored.id)
    expect(after).toMatchObject({
      createdBy: spec.team.writer.id,
      workflowState: 'draft',
      lastReviewedAt: null,
    })
  })

  it("refuses a writer editing another writer's draft (403), content unchanged", async () => {
    const otherWriter = { ...(await createUser(spec.app.payload, 'writer')) }
    const { id } = await spec.app.payload.create({
      collection: 'faqs',
      data: faqData(),
      user: otherWriter,
    })
    const before = await latestFaq(id)
    const response = await request(spec.app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ question: 'Hijacked?' })
    expect(response.status).toBe(403)
    expect(await latestFaq(id)).toEqual(before)
  })

  it('refuses a writer editing their own content once it is in review', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
    const response = await request(spec.app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ question: 'Sneaked in during review?' })
    expect(response.status).toBe(403)
    expect((await latestFaq(id)).workflowState).toBe('in_review')
  })

  it('refuses a reviewer editing content (reviewers request changes instead)', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
    const before = await latestFaq(id)
    const response = await request(spec.app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({ question: 'Fixed it myself?' })
    expect(response.status).toBe(403)
    expect(await latestFaq(id)).toEqual(before)
  })

  it('refuses a writer publishing their own content, even when it is signed', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
    await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    const response = await request(spec.app.server)
      .patch(`/api/faqs/${id}`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ _status: 'published' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await spec.app.payload.findByID({ collection: 'faqs', id, depth: 0 }))._status).toBe(
      'draft',
    )
  })
})
