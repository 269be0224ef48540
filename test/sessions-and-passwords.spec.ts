import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import request from 'supertest'

import type { User } from '../src/payload-types'

import { ensureDemoUsers, demoPassword, demoUsers } from '../seed/demoUsers'
import { createFirstAdminFromEnv } from '../src/lifecycle/createFirstAdminFromEnv'
import { passwordProblem } from '../src/validation/passwordPolicy'
import { articleData } from './helpers/content'
import { freePort, type SmtpInbox, startSmtpInbox } from './helpers/smtpInbox'
import { startTestApp, type TestApp } from './helpers/testApp'
import { type Member, signedInMember } from './helpers/team'
import { bearer, createUser, loginToken, TEST_PASSWORD, uniqueEmail } from './helpers/users'
import { fieldErrorPaths, fieldErrors } from './helpers/validationErrors'
import { act, createAs } from './helpers/workflow'

const STRONG = 'plum-orbit-lantern-meadow'
const DAY = 24 * 3600 * 1000
const SAME_ANSWER = { status: 401, message: 'The email or password provided is incorrect.' }

/** Refused by the policy whoever sets them (made from the account's email), and why. */
const WEAK_PASSWORDS = [
  ['too short', () => '123456', /at least 12 characters/],
  ['a common password', () => 'password', /at least 12 characters/],
  ['a common password in other letter case', () => 'PASSWORD1234', /most common passwords/],
  ['one character repeated', () => 'aaaaaaaaaaaa', /more than one character/],
  ['the email itself', (email: string) => email.toUpperCase(), /email address/],
  ['the email’s local part', (email: string) => `my-${email.split('@')[0]}-2026!`, /email/],
] as const

describe('sessions and passwords', () => {
  let app: TestApp
  let inbox: SmtpInbox

  const login = (email: string, password: string) =>
    request(app.server).post('/api/users/login').send({ email, password })
  const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const call = request(app.server).post('/api/graphql')
    if (token) call.set('Authorization', bearer(token))
    return call.send({ query, variables })
  }
  const stored = (id: number | string) =>
    app.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } }) as Promise<
      User & { hash: string; lockUntil?: null | string }
    >

  beforeAll(async () => {
    inbox = await startSmtpInbox(await freePort())
    app = await startTestApp({ SMTP_URL: inbox.url, EMAIL_FROM: 'MedReview <cms@example.test>' })
  })

  afterAll(async () => {
    await app?.close()
    await inbox?.close()
  })

  describe('on an empty database', () => {
    it.each(WEAK_PASSWORDS)(
      'refuses a first account (create-first-user screen) with %s: 400 naming password, nobody created',
      async (_name, weak, why) => {
        const email = uniqueEmail('founder')
        const response = await request(app.server)
          .post('/api/users/first-register')
          .send({ email, password: weak(email) })
        expect(response.status).toBe(400)
        expect(fieldErrorPaths(response.body)).toEqual(['password'])
        expect(fieldErrors(response.body)[0].message).toMatch(why)
        expect(await app.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
      },
    )

    it('refuses a weak ADMIN_PASSWORD at start-up, saying why, and creates nobody', async () => {
      await expect(
        createFirstAdminFromEnv({
          ADMIN_EMAIL: 'first-admin@example.test',
          ADMIN_PASSWORD: 'first-admin-2026',
        })(app.payload),
      ).rejects.toThrow(/ADMIN_PASSWORD.*email address/)
      expect(await app.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
    })
  })

  describe('with accounts', () => {
    let admin: Member
    let writer: Member
    let articleId: string

    const signedIn = (role: 'admin' | 'editor' | 'reviewer' | 'writer') => signedInMember(app, role)
    const asAdmin = (call: request.Test) => call.set('Authorization', bearer(admin.token))

    /** The token reaches nothing: its own account by id, /me, GraphQL, a workflow action. */
    const expectSignedOut = async (token: string, id: number | string) => {
      const me = await request(app.server).get('/api/users/me').set('Authorization', bearer(token))
      expect(me.body.user).toBeNull()
      const byId = await request(app.server)
        .get(`/api/users/${id}`)
        .set('Authorization', bearer(token))
      expect(byId.status).toBe(403)
      const viaGraphql = await graphql('{ meUser { user { id } } }', {}, token)
      expect(viaGraphql.body.data.meUser.user).toBeNull()
      const submit = await act(app.server, { token }, 'articles', articleId, 'submit')
      expect(submit.status).toBe(401)
      const article = await app.payload.findByID({
        collection: 'articles',
        id: articleId,
        draft: true,
      })
      expect(article.workflowState).toBe('draft')
    }
    const expectSignedIn = async (token: string, id: number | string) => {
      const me = await request(app.server).get('/api/users/me').set('Authorization', bearer(token))
      expect(String(me.body.user?.id)).toBe(String(id))
    }

    beforeAll(async () => {
      admin = await signedIn('admin')
      writer = await signedIn('writer')
      articleId = await createAs(app.server, writer, 'articles', articleData())
    })

    describe('a change to what a session rests on ends the account’s sessions', () => {
      it('ends every other session after the owner changes their password; the one that changed it, and the new password, go on', async () => {
        const owner = await signedIn('writer')
        const elsewhere = await loginToken(app.server, owner.email, owner.password)
        const changed = await request(app.server)
          .patch(`/api/users/${owner.id}`)
          .set('Authorization', bearer(owner.token))
          .send({ password: STRONG, currentPassword: owner.password })
        expect(changed.status).toBe(200)
        await expectSignedOut(elsewhere, owner.id)
        await expectSignedIn(owner.token, owner.id)
        expect((await login(owner.email, STRONG)).status).toBe(200)
      })

      it.each([
        [
          'an admin resets the password (REST by id)',
          'writer',
          (id: string) =>
            asAdmin(request(app.server).patch(`/api/users/${id}`)).send({ password: STRONG }),
        ],
        [
          'an admin changes the role (REST bulk, by where)',
          'editor',
          (id: string) =>
            asAdmin(request(app.server).patch(`/api/users?where[id][equals]=${id}`)).send({
              role: 'writer',
            }),
        ],
        [
          'an admin changes the licence number (GraphQL)',
          'reviewer',
          (id: string) =>
            graphql(
              'mutation ($id: String!) { updateUser(id: $id, data: { licenceNumber: "RPH-777777" }) { id } }',
              { id },
              admin.token,
            ),
        ],
        [
          'an admin changes the licence expiry (REST by id)',
          'reviewer',
          (id: string) =>
            asAdmin(request(app.server).patch(`/api/users/${id}`)).send({
              licenceExpiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
            }),
        ],
        [
          'server code promotes the account (Local API)',
          'writer',
          (id: string) => app.payload.update({ collection: 'users', id, data: { role: 'editor' } }),
        ],
      ] as const)('when %s', async (_name, role, change) => {
        const target = await signedIn(role)
        const answer = await change(String(target.id))
        if ('status' in answer && typeof answer.status === 'number') {
          expect(answer.status).toBe(200)
          expect(answer.body.errors ?? []).toEqual([])
        }
        await expectSignedOut(target.token, target.id)
        await expectSignedIn(admin.token, admin.id)
      })

      it('keeps sessions through changes nothing rests on (own name, email preferences)', async () => {
        const renamed = await request(app.server)
          .patch(`/api/users/${writer.id}`)
          .set('Authorization', bearer(writer.token))
          .send({ fullName: 'Wren Renamed', emailNotifications: { comments: false } })
        expect(renamed.status).toBe(200)
        await expectSignedIn(writer.token, writer.id)
      })

      it('leaves API keys working (a consumer account whose email changed)', async () => {
        const consumer = await createUser(app.payload, 'consumer')
        const key = randomUUID()
        app.knownSecrets.push(key)
        await app.payload.update({
          collection: 'users',
          id: consumer.id,
          data: { enableAPIKey: true, apiKey: key },
        })
        const renamed = await asAdmin(request(app.server).patch(`/api/users/${consumer.id}`)).send({
          email: uniqueEmail('consumer'),
        })
        expect(renamed.status).toBe(200)
        const me = await request(app.server)
          .get('/api/users/me')
          .set('Authorization', `users API-Key ${key}`)
        expect(String(me.body.user?.id)).toBe(String(consumer.id))
      })
    })

    describe('one password policy, on every way a password is set', () => {
      let target: User & { password: string }
      let hashBefore: string

      beforeAll(async () => {
        target = await createUser(app.payload, 'writer')
        hashBefore = (await stored(target.id)).hash
      })

      const expectRefused = (response: request.Response, why: RegExp) => {
        expect(response.status).toBe(400)
        expect(fieldErrorPaths(response.body)).toEqual(['password'])
        expect(fieldErrors(response.body)[0].message).toMatch(why)
      }

      it.each(WEAK_PASSWORDS)(
        'refuses %s when an admin creates an account (REST and GraphQL); nothing is created',
        async (_name, weak, why) => {
          const email = uniqueEmail('new')
          expectRefused(
            await asAdmin(request(app.server).post('/api/users')).send({
              email,
              password: weak(email),
              role: 'writer',
            }),
            why,
          )
          const viaGraphql = await graphql(
            'mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }',
            { data: { email, password: weak(email), role: 'writer' } },
            admin.token,
          )
          expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(400)
          const { totalDocs } = await app.payload.count({
            collection: 'users',
            where: { email: { equals: email } },
          })
          expect(totalDocs).toBe(0)
        },
      )

      it.each(WEAK_PASSWORDS)(
        'refuses %s as an admin reset (REST, GraphQL, Local API as the admin); the password is unchanged',
        async (_name, weak, why) => {
          expectRefused(
            await asAdmin(request(app.server).patch(`/api/users/${target.id}`)).send({
              password: weak(target.email),
            }),
            why,
          )
          const viaGraphql = await graphql(
            'mutation ($id: String!, $password: String) { updateUser(id: $id, data: { password: $password }) { id } }',
            { id: String(target.id), password: weak(target.email) },
            admin.token,
          )
          expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(400)
          await expect(
            app.payload.update({
              collection: 'users',
              id: target.id,
              data: { password: weak(target.email) },
              overrideAccess: false,
              user: admin,
            }),
          ).rejects.toMatchObject({ status: 400 })
          expect((await stored(target.id)).hash).toBe(hashBefore)
        },
      )

      it('refuses a weak password the owner sets with their current one (REST and GraphQL)', async () => {
        const before = (await stored(writer.id)).hash
        expectRefused(
          await request(app.server)
            .patch(`/api/users/${writer.id}`)
            .set('Authorization', bearer(writer.token))
            .send({ password: 'password', currentPassword: writer.password }),
          /at least 12 characters/,
        )
        const viaGraphql = await graphql(
          'mutation ($id: String!, $password: String, $current: String) { updateUser(id: $id, data: { password: $password, currentPassword: $current }) { id } }',
          { id: String(writer.id), password: writer.email, current: writer.password },
          writer.token,
        )
        expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(400)
        expect((await stored(writer.id)).hash).toBe(before)
      })

      it('refuses a weak password through the reset link (REST and GraphQL); the link still takes a strong one', async () => {
        const resetToken = await app.payload.forgotPassword({
          collection: 'users',
          data: { email: target.email },
          disableEmail: true,
        })
        for (const [, weak, why] of WEAK_PASSWORDS) {
          expectRefused(
            await request(app.server)
              .post('/api/users/reset-password')
              .send({ token: resetToken, password: weak(target.email) }),
            why,
          )
        }
        const viaGraphql = await graphql(
          'mutation ($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }',
          { token: resetToken, password: 'qwertyuiop12' },
        )
        expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(400)
        expect((await stored(target.id)).hash).toBe(hashBefore)
        const reset = await request(app.server)
          .post('/api/users/reset-password')
          .send({ token: resetToken, password: STRONG })
        expect(reset.status).toBe(200)
        expect((await stored(target.id)).hash).not.toBe(hashBefore)
      })

      it('lets the seed’s generated demo passwords through, and the seed create its accounts', async () => {
        const next = demoPassword({ ...process.env, DEMO_PASSWORD: '' })
        for (let round = 0; round < 500; round += 1) {
          const password = next()
          for (const demo of demoUsers()) {
            expect(passwordProblem(password, demo.email)).toBeUndefined()
          }
        }
        const { passwords } = await ensureDemoUsers(app.payload, {})
        expect(Object.keys(passwords).sort()).toEqual([
          'admin',
          'editor',
          'qa',
          'reviewer',
          'writer',
        ])
      })
    })

    describe('a locked account', () => {
      let locked: Member

      beforeAll(async () => {
        locked = await signedIn('writer')
        inbox.clear()
        // In parallel: the count passes the limit; the owner is still emailed once.
        await Promise.all(
          Array.from({ length: 8 }, () => login(locked.email, 'not-the-password-at-all')),
        )
      })

      it('is signed out everywhere', async () => {
        await expectSignedOut(locked.token, locked.id)
      })

      it('answers like an unknown email or a wrong password, even to the right password (REST and GraphQL)', async () => {
        const someone = await createUser(app.payload, 'writer')
        const answers = [
          await login(uniqueEmail('nobody'), TEST_PASSWORD),
          await login(someone.email, 'not-the-password-at-all'),
          await login(locked.email, locked.password),
        ]
        for (const answer of answers) {
          expect({ status: answer.status, message: answer.body.errors?.[0]?.message }).toEqual(
            SAME_ANSWER,
          )
          expect(answer.body).toEqual(answers[0].body)
        }
        const mutation =
          'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
        const viaGraphql = [
          await graphql(mutation, { email: uniqueEmail('nobody'), password: TEST_PASSWORD }),
          await graphql(mutation, { email: someone.email, password: 'not-the-password-at-all' }),
          await graphql(mutation, { email: locked.email, password: locked.password }),
        ].map((answer) => answer.body)
        expect(viaGraphql[0].errors[0].message).toBe(SAME_ANSWER.message)
        expect(viaGraphql[1]).toEqual(viaGraphql[0])
        expect(viaGraphql[2]).toEqual(viaGraphql[0])
      })

      it('is told to its owner by email, once', async () => {
        await app.payload.jobs.run({ queue: 'notifications' })
        const mails = inbox.to(locked.email)
        expect(mails).toHaveLength(1)
        expect(mails[0].subject).toBe(
          '[MedReview] Your account is locked after failed sign-in attempts',
        )
        expect(mails[0].text).toContain('5 failed sign-in attempts')
        expect(mails[0].text).toMatch(/ask an admin to unlock/)
      })

      it('shows on the user list to admins only, and no longer once the lock ran out', async () => {
        const list = await asAdmin(request(app.server).get('/api/users?limit=0'))
        expect(list.status).toBe(200)
        const row = (id: number | string) =>
          list.body.docs.find((user: User) => String(user.id) === String(id))
        expect(new Date(row(locked.id).lockedUntil).getTime()).toBeGreaterThan(
          Date.now() + 14 * 60 * 1000,
        )
        expect(row(writer.id).lockedUntil).toBeNull()

        // Locked behind its back (no session ended): the owner still cannot read the lock.
        await app.payload.db.updateOne({
          collection: 'users',
          id: writer.id,
          data: { lockUntil: new Date(Date.now() + 3600_000).toISOString() },
        })
        const own = await request(app.server)
          .get(`/api/users/${writer.id}`)
          .set('Authorization', bearer(writer.token))
        expect(own.status).toBe(200)
        expect(own.body).not.toHaveProperty('lockedUntil')
        const ownList = await request(app.server)
          .get('/api/users')
          .set('Authorization', bearer(writer.token))
        expect(ownList.body.docs.every((user: User) => !('lockedUntil' in user))).toBe(true)
        const seenByAdmin = await asAdmin(request(app.server).get(`/api/users/${writer.id}`))
        expect(seenByAdmin.body.lockedUntil).toBeTruthy()
        await app.payload.db.updateOne({
          collection: 'users',
          id: writer.id,
          data: { lockUntil: null },
        })

        await app.payload.db.updateOne({
          collection: 'users',
          id: locked.id,
          data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
        })
        const expired = await asAdmin(request(app.server).get(`/api/users/${locked.id}`))
        expect(expired.body.lockedUntil).toBeNull()
      })
    })
  })
})
