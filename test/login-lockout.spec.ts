import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { createTeam, type Team } from './helpers/team'
import { startTestApp, type TestApp } from './helpers/testApp'
import { createUser, loginToken } from './helpers/users'
import { act, createAs, publishDefaultDisclaimer } from './helpers/workflow'

const MAX_ATTEMPTS = 5

describe('account lockout under concurrency', () => {
  let app: TestApp
  let team: Team

  const stored = (id: string) =>
    app.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } }) as Promise<{
      loginAttempts?: number
      lockUntil?: string | null
    }>
  const isLocked = (lockUntil?: string | null) => Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
  const badLogin = (email: string) => request(app.server).post('/api/users/login').send({ email, password: 'wrong-password' })

  beforeAll(async () => {
    app = await startTestApp()
    team = await createTeam(app.payload, app.server)
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  /** An account that has logged in (so has a session): Payload's own counter raced only then. */
  const signedInAccount = async () => {
    const user = await createUser(app.payload, 'writer')
    await loginToken(app.server, user.email, user.password)
    return user
  }

  it.each([5, 8, 12])('locks a signed-in account after %i parallel wrong passwords over REST, every time', async (parallel) => {
    for (let round = 0; round < 3; round += 1) {
      const user = await signedInAccount()
      const answers = await Promise.all(Array.from({ length: parallel }, () => badLogin(user.email)))
      expect(answers.every((answer) => answer.status === 401)).toBe(true)
      const after = await stored(user.id)
      expect(after.loginAttempts).toBeGreaterThanOrEqual(MAX_ATTEMPTS)
      expect(isLocked(after.lockUntil)).toBe(true)
      const correct = await request(app.server).post('/api/users/login').send({ email: user.email, password: user.password })
      expect(correct.status).toBe(401)
      expect(correct.body.token).toBeUndefined()
    }
  })

  it('locks the account after parallel wrong passwords over GraphQL', async () => {
    const user = await signedInAccount()
    await Promise.all(
      Array.from({ length: 8 }, () =>
        request(app.server)
          .post('/api/graphql')
          .send({
            query: 'mutation ($email: String!) { loginUser(email: $email, password: "wrong-password") { token } }',
            variables: { email: user.email },
          }),
      ),
    )
    expect(isLocked((await stored(user.id)).lockUntil)).toBe(true)
  })

  it('counts wrong passwords at sign-off towards the lockout, in parallel too', async () => {
    const reviewer = await createUser(app.payload, 'reviewer')
    const member = { ...reviewer, token: await loginToken(app.server, reviewer.email, reviewer.password) }
    const articleId = await createAs(app.server, team.writer, 'articles', articleData())
    expect((await act(app.server, team.writer, 'articles', articleId, 'submit')).status).toBe(200)
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => act(app.server, member, 'articles', articleId, 'sign-off', { password: 'wrong-password' })),
    )
    expect(answers.every((answer) => answer.status === 401)).toBe(true)
    expect(isLocked((await stored(reviewer.id)).lockUntil)).toBe(true)
    const signed = await act(app.server, member, 'articles', articleId, 'sign-off', { password: reviewer.password })
    expect(signed.status).toBe(401)
    expect(signed.body.errors[0].message).toMatch(/locked/)
  })

  it('still logs in with the right password after fewer failures than the limit, and starts counting afresh', async () => {
    const user = await createUser(app.payload, 'writer')
    await Promise.all(Array.from({ length: MAX_ATTEMPTS - 1 }, () => badLogin(user.email)))
    expect((await stored(user.id)).loginAttempts).toBe(MAX_ATTEMPTS - 1)
    const correct = await request(app.server).post('/api/users/login').send({ email: user.email, password: user.password })
    expect(correct.status).toBe(200)
    expect((await stored(user.id)).loginAttempts).toBe(0)
  })
})
