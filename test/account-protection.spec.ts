import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { type Callers, startCallersApp } from './helpers/callers'
import { signedInMember } from './helpers/team'
import type { TestApp } from './helpers/testApp'
import { bearer, createUser } from './helpers/users'
import { act, createAs, publishDefaultDisclaimer, publishThroughWorkflow } from './helpers/workflow'

const DAY = 24 * 3600 * 1000

describe('accounts a signature rests on', () => {
  let app: TestApp
  let callers: Callers

  const account = (id: string) => app.payload.findByID({ collection: 'users', id, depth: 0 })
  const auditOf = (id: string, action: string) =>
    app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: action } }] },
      depth: 0,
    })
  const member = (role: 'reviewer' | 'writer', overrides = {}) =>
    signedInMember(app, role, overrides)

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  describe('a reviewer cannot renew their own expired licence and then sign', () => {
    it.each([
      ['licenceExpiresAt', () => new Date(Date.now() + 365 * DAY).toISOString()],
      ['licenceNumber', () => 'RPH-999999'],
      ['credentials', () => 'PharmD, RPh, BCPS'],
      ['fullName', () => 'Dr Self Promoted'],
    ])(
      'refuses %s from the reviewer (REST and GraphQL), stores nothing, and the sign-off stays refused',
      async (field, value) => {
        const reviewer = await member('reviewer', {
          licenceExpiresAt: new Date(Date.now() - DAY).toISOString(),
        })
        const before = await account(reviewer.id)
        const rest = await request(app.server)
          .patch(`/api/users/${reviewer.id}`)
          .set('Authorization', bearer(reviewer.token))
          .send({ [field]: value() })
        expect(rest.status).toBe(403)
        expect(rest.body.errors[0].message).toMatch(/Only an admin can change/)
        const graphql = await request(app.server)
          .post('/api/graphql')
          .set('Authorization', bearer(reviewer.token))
          .send({
            query: `mutation ($id: String!, $value: String) { updateUser(id: $id, data: { ${field}: $value }) { id } }`,
            variables: { id: reviewer.id, value: value() },
          })
        expect(graphql.body.errors?.[0]?.message).toMatch(/Only an admin can change/)
        const bulk = await request(app.server)
          .patch(`/api/users?where[id][equals]=${reviewer.id}`)
          .set('Authorization', bearer(reviewer.token))
          .send({ [field]: value() })
        expect(bulk.status).toBe(403)
        expect(await account(reviewer.id)).toMatchObject({
          licenceExpiresAt: before.licenceExpiresAt,
          licenceNumber: before.licenceNumber,
          credentials: before.credentials,
          fullName: before.fullName,
        })

        const articleId = await createAs(app.server, callers.team.writer, 'articles', articleData())
        expect(
          (await act(app.server, callers.team.writer, 'articles', articleId, 'submit')).status,
        ).toBe(200)
        const signed = await act(app.server, reviewer, 'articles', articleId, 'sign-off', {
          password: reviewer.password,
        })
        expect(signed.status).toBe(403)
        expect(signed.body.errors[0].message).toMatch(/licence expired/)
      },
    )

    it('lets the reviewer save their account unchanged, and other staff change their own name', async () => {
      const reviewer = await member('reviewer')
      const current = await account(reviewer.id)
      const unchanged = await request(app.server)
        .patch(`/api/users/${reviewer.id}`)
        .set('Authorization', bearer(reviewer.token))
        .send({
          fullName: current.fullName,
          credentials: current.credentials,
          licenceExpiresAt: current.licenceExpiresAt,
        })
      expect(unchanged.status).toBe(200)
      const writer = await member('writer')
      const renamed = await request(app.server)
        .patch(`/api/users/${writer.id}`)
        .set('Authorization', bearer(writer.token))
        .send({ fullName: 'Wren Writer' })
      expect(renamed.status).toBe(200)
      expect((await account(writer.id)).fullName).toBe('Wren Writer')
    })

    it('lets an admin renew a licence, audited with the values before and after', async () => {
      const reviewer = await member('reviewer', {
        licenceExpiresAt: new Date(Date.now() - DAY).toISOString(),
      })
      const renewed = new Date(Date.now() + 365 * DAY).toISOString()
      const response = await request(app.server)
        .patch(`/api/users/${reviewer.id}`)
        .set('Authorization', bearer(callers.team.admin.token))
        .send({ licenceExpiresAt: renewed, credentials: 'PharmD' })
      expect(response.status).toBe(200)
      const { docs } = await auditOf(reviewer.id, 'account-changed')
      expect(docs).toHaveLength(1)
      expect(String(docs[0].actor)).toBe(String(callers.team.admin.id))
      const changes = (
        docs[0].details as { changes: Record<string, { from: unknown; to: unknown }> }
      ).changes
      expect(Object.keys(changes).sort()).toEqual(['credentials', 'licenceExpiresAt'])
      expect(changes.credentials).toEqual({ from: 'PharmD, RPh', to: 'PharmD' })
    })
  })

  it('prints the byline the signature recorded, even after the reviewer account is renamed', async () => {
    const { team } = callers
    const articleId = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({ slug: `byline-${Date.now()}` }),
    )
    await publishThroughWorkflow(app.server, 'articles', articleId, team)
    const slug = (await app.payload.findByID({ collection: 'articles', id: articleId })).slug
    const before = (await request(app.server).get(`/api/delivery/articles/${slug}`)).body
    expect(before.review.line).toContain(`${team.reviewer.fullName}, PharmD, RPh`)

    await app.payload.update({
      collection: 'users',
      id: team.reviewer.id,
      data: { fullName: 'Dr Rewritten', credentials: 'MD, PhD' },
    })
    const after = (await request(app.server).get(`/api/delivery/articles/${slug}`)).body
    expect(after.review.reviewerName).toBe(team.reviewer.fullName)
    expect(after.review.line).toBe(before.review.line)
    expect(after.jsonLd.reviewedBy.name).toBe(team.reviewer.fullName)
    expect(
      after.jsonLd.reviewedBy.hasCredential.map(
        (c: { credentialCategory: string }) => c.credentialCategory,
      ),
    ).toEqual(['PharmD', 'RPh'])
  })

  describe('only admins unlock accounts', () => {
    const lockedAccount = async () => {
      const user = await createUser(app.payload, 'writer')
      await app.payload.db.updateOne({
        collection: 'users',
        id: user.id,
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3600_000).toISOString() },
      })
      return user
    }

    it.each(['writer', 'reviewer', 'editor', 'consumer'] as const)(
      'refuses a %s unlocking an account (REST and GraphQL)',
      async (role) => {
        const locked = await lockedAccount()
        const auth =
          role === 'consumer'
            ? `users API-Key ${callers.consumerKey}`
            : bearer(callers.team[role].token)
        const rest = await request(app.server)
          .post('/api/users/unlock')
          .set('Authorization', auth)
          .send({ email: locked.email })
        expect(rest.status).toBe(403)
        const graphql = await request(app.server)
          .post('/api/graphql')
          .set('Authorization', auth)
          .send({
            query: 'mutation ($email: String!) { unlockUser(email: $email) }',
            variables: { email: locked.email },
          })
        expect(graphql.body.data?.unlockUser ?? null).not.toBe(true)
        const login = await request(app.server)
          .post('/api/users/login')
          .send({ email: locked.email, password: locked.password })
        expect(login.status).toBe(401)
      },
    )

    it('lets an admin unlock an account, which can then log in', async () => {
      const locked = await lockedAccount()
      const response = await request(app.server)
        .post('/api/users/unlock')
        .set('Authorization', bearer(callers.team.admin.token))
        .send({ email: locked.email })
      expect(response.status).toBe(200)
      expect(
        (
          await request(app.server)
            .post('/api/users/login')
            .send({ email: locked.email, password: locked.password })
        ).status,
      ).toBe(200)
    })
  })

  describe('a session token alone cannot set a new password', () => {
    const NEW_PASSWORD = 'a-brand-new-passphrase-42'

    it('refuses a password or email change without the current password (REST and GraphQL); the old password still signs', async () => {
      const reviewer = await member('reviewer')
      for (const data of [
        { password: NEW_PASSWORD },
        { email: `stolen-${Date.now()}@example.test` },
      ]) {
        const rest = await request(app.server)
          .patch(`/api/users/${reviewer.id}`)
          .set('Authorization', bearer(reviewer.token))
          .send(data)
        expect(rest.status).toBe(400)
        expect(JSON.stringify(rest.body)).toContain('currentPassword')
        const wrong = await request(app.server)
          .patch(`/api/users/${reviewer.id}`)
          .set('Authorization', bearer(reviewer.token))
          .send({ ...data, currentPassword: 'guessing' })
        expect(wrong.status).toBe(400)
      }
      const graphql = await request(app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(reviewer.token))
        .send({
          query:
            'mutation ($id: String!, $password: String) { updateUser(id: $id, data: { password: $password }) { id } }',
          variables: { id: reviewer.id, password: NEW_PASSWORD },
        })
      expect(graphql.body.errors?.[0]).toBeDefined()
      expect(
        (
          await request(app.server)
            .post('/api/users/login')
            .send({ email: reviewer.email, password: NEW_PASSWORD })
        ).status,
      ).toBe(401)

      const articleId = await createAs(app.server, callers.team.writer, 'articles', articleData())
      expect(
        (await act(app.server, callers.team.writer, 'articles', articleId, 'submit')).status,
      ).toBe(200)
      expect(
        (
          await act(app.server, reviewer, 'articles', articleId, 'sign-off', {
            password: NEW_PASSWORD,
          })
        ).status,
      ).toBe(401)
      expect(
        (
          await act(app.server, reviewer, 'articles', articleId, 'sign-off', {
            password: reviewer.password,
          })
        ).status,
      ).toBe(200)
    })

    it('changes the password with the current one, audited', async () => {
      const writer = await member('writer')
      const response = await request(app.server)
        .patch(`/api/users/${writer.id}`)
        .set('Authorization', bearer(writer.token))
        .send({ password: NEW_PASSWORD, currentPassword: writer.password })
      expect(response.status).toBe(200)
      expect(
        (
          await request(app.server)
            .post('/api/users/login')
            .send({ email: writer.email, password: NEW_PASSWORD })
        ).status,
      ).toBe(200)
      expect((await auditOf(writer.id, 'password-changed')).totalDocs).toBe(1)
    })

    it('lets an admin reset another person’s password, audited as a reset', async () => {
      const writer = await member('writer')
      const response = await request(app.server)
        .patch(`/api/users/${writer.id}`)
        .set('Authorization', bearer(callers.team.admin.token))
        .send({ password: NEW_PASSWORD })
      expect(response.status).toBe(200)
      const { docs } = await auditOf(writer.id, 'password-reset')
      expect(docs).toHaveLength(1)
      expect(String(docs[0].actor)).toBe(String(callers.team.admin.id))
      expect(JSON.stringify(docs[0])).not.toContain(NEW_PASSWORD)
    })
  })
})
