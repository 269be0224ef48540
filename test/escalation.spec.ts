import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { createTeam, type Team } from './helpers/team'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, TEST_PASSWORD, uniqueEmail } from './helpers/users'
import { act, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

describe('privilege escalation attempts', () => {
  let app: TestApp
  let team: Team

  const latestFaq = (id: string) =>
    app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })

  beforeAll(async () => {
    app = await startTestApp()
    team = await createTeam(app.payload, app.server)
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  it('refuses a writer making themselves admin (403), role unchanged', async () => {
    const response = await request(app.server)
      .patch(`/api/users/${team.writer.id}`)
      .set('Authorization', bearer(team.writer.token))
      .send({ role: 'admin' })
    expect(response.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: team.writer.id })).role).toBe(
      'writer',
    )
  })

  it('refuses the same over GraphQL', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(team.writer.token))
      .send({
        query: 'mutation ($id: String!) { updateUser(id: $id, data: { role: admin }) { role } }',
        variables: { id: team.writer.id },
      })
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: team.writer.id })).role).toBe(
      'writer',
    )
  })

  it('refuses an admin changing their own role, so the last admin cannot lock everyone out', async () => {
    const response = await request(app.server)
      .patch(`/api/users/${team.admin.id}`)
      .set('Authorization', bearer(team.admin.token))
      .send({ role: 'editor' })
    expect(response.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: team.admin.id })).role).toBe(
      'admin',
    )
  })

  it('lets a writer update their own profile without touching the role', async () => {
    const response = await request(app.server)
      .patch(`/api/users/${team.writer.id}`)
      .set('Authorization', bearer(team.writer.token))
      .send({ fullName: 'Wendy W. Writer', role: 'writer' })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ fullName: 'Wendy W. Writer', role: 'writer' })
  })

  it('refuses a writer creating a user (403), nobody created', async () => {
    const email = uniqueEmail('sockpuppet')
    const response = await request(app.server)
      .post('/api/users')
      .set('Authorization', bearer(team.writer.token))
      .send({ email, password: TEST_PASSWORD, role: 'reviewer' })
    expect(response.status).toBe(403)
    expect(
      (await app.payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('keeps the real author when a writer claims someone else wrote their content', async () => {
    const response = await request(app.server)
      .post('/api/faqs')
      .set('Authorization', bearer(team.writer.token))
      .send({
        ...faqData(),
        createdBy: team.reviewer.id,
        contributors: [],
        workflowState: 'approved',
      })
    expect(response.status).toBe(201)
    const stored = await latestFaq(response.body.doc.id)
    expect(stored.createdBy).toBe(team.writer.id)
    expect(stored.workflowState).toBe('draft')
    expect(stored.contributors).toEqual([team.writer.id])

    const relabel = await request(app.server)
      .patch(`/api/faqs/${stored.id}?draft=true`)
      .set('Authorization', bearer(team.writer.token))
      .send({
        createdBy: team.reviewer.id,
        workflowState: 'approved',
        lastReviewedAt: new Date().toISOString(),
      })
    expect(relabel.status).toBe(200)
    const after = await latestFaq(stored.id)
    expect(after).toMatchObject({
      createdBy: team.writer.id,
      workflowState: 'draft',
      lastReviewedAt: null,
    })
  })

  it("refuses a writer editing another writer's draft (403), content unchanged", async () => {
    const otherWriter = { ...(await createUser(app.payload, 'writer')) }
    const { id } = await app.payload.create({
      collection: 'faqs',
      data: faqData(),
      user: otherWriter,
    })
    const before = await latestFaq(id)
    const response = await request(app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(team.writer.token))
      .send({ question: 'Hijacked?' })
    expect(response.status).toBe(403)
    expect(await latestFaq(id)).toEqual(before)
  })

  it('refuses a writer editing their own content once it is in review', async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData())
    await act(app.server, team.writer, 'faqs', id, 'submit')
    const response = await request(app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(team.writer.token))
      .send({ question: 'Sneaked in during review?' })
    expect(response.status).toBe(403)
    expect((await latestFaq(id)).workflowState).toBe('in_review')
  })

  it('refuses a reviewer editing content (reviewers request changes instead)', async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData())
    await act(app.server, team.writer, 'faqs', id, 'submit')
    const before = await latestFaq(id)
    const response = await request(app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(team.reviewer.token))
      .send({ question: 'Fixed it myself?' })
    expect(response.status).toBe(403)
    expect(await latestFaq(id)).toEqual(before)
  })

  it('refuses a writer publishing their own content, even when it is signed', async () => {
    const id = await createAs(app.server, team.writer, 'faqs', faqData())
    await act(app.server, team.writer, 'faqs', id, 'submit')
    await act(app.server, team.reviewer, 'faqs', id, 'sign-off', {
      password: team.reviewer.password,
    })
    const response = await request(app.server)
      .patch(`/api/faqs/${id}`)
      .set('Authorization', bearer(team.writer.token))
      .send({ _status: 'published' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await app.payload.findByID({ collection: 'faqs', id, depth: 0 }))._status).toBe('draft')
  })
})
