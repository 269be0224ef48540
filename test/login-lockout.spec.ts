import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { act, createAs } from './helpers/workflow'

const MAX_ATTEMPTS = 5

describe('account lockout under concurrency', () => {
  const spec = useTeamApp()

  const stored = (id: string) =>
    spec.app.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } }) as Promise<{
      loginAttempts?: number
      lockUntil?: string | null
    }>
  const isLocked = (lockUntil?: string | null) =>
    Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
  const badLogin = (email: string) =>
    request(spec.app.server).post('/api/users/login').send({ email, password: 'wrong-password' })

  /** An account that has logged in (so has a session): Payload's own counter raced only then. */
  const signedInAccount = async () => {
    const user = await createUser(spec.app.payload, 'writer')
    await loginToken(spec.app.server, user.email, user.password)
    return user
  }

  it.each([5, 8, 12])(
    'locks a signed-in account after %i parallel wrong passwords over REST, every time',
    async (parallel) => {
      for (let round = 0; round < 3; round += 1) {
        const user = await signedInAccount()
        const answers = await Promise.all(
          Array.from({ length: parallel }, () => badLogin(user.email)),
        )
        expect(answers.every((answer) => answer.status === 401)).toBe(true)
        const after = await stored(user.id)
        expect(after.loginAttempts).toBeGreaterThanOrEqual(MAX_ATTEMPTS)
        expect(isLocked(after.lockUntil)).toBe(true)
        const correct = await request(spec.app.server)
          .post('/api/users/login')
          .send({ email: user.email, password: user.password })
        expect(correct.status).toBe(401)
        expect(correct.body.token).toBeUndefined()
      }
    },
  )

  it('locks the account after parallel wrong passwords over GraphQL', async () => {
    const user = await signedInAccount()
    await Promise.all(
      Array.from({ length: 8 }, () =>
        request(spec.app.server)
          .post('/api/graphql')
          .send({
            query:
              'mutation ($email: String!) { loginUser(email: $email, password: "wrong-password") { token } }',
            variables: { email: user.email },
          }),
      ),
    )
    expect(isLocked((await stored(user.id)).lockUntil)).toBe(true)
  })

  it('counts wrong passwords at sign-off towards the lockout, in parallel too', async () => {
    const reviewer = await createUser(spec.app.payload, 'reviewer')
    const member = {
      ...reviewer,
      token: await loginToken(spec.app.server, reviewer.email, reviewer.password),
    }
    const articleId = await createAs(spec.app.server, spec.team.writer, 'articles', articleData())
    expect(
      (await act(spec.app.server, spec.team.writer, 'articles', articleId, 'submit')).status,
    ).toBe(200)
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        act(spec.app.server, member, 'articles', articleId, 'sign-off', {
          password: 'wrong-password',
        }),
      ),
    )
    expect(answers.every((answer) => answer.status === 401)).toBe(true)
    expect(isLocked((await stored(reviewer.id)).lockUntil)).toBe(true)
    // The lock ended the reviewer's sessions: the token that guessed cannot sign any more.
    const signed = await act(spec.app.server, member, 'articles', articleId, 'sign-off', {
      password: reviewer.password,
    })
    expect(signed.status).toBe(401)
    const me = await request(spec.app.server)
      .get('/api/users/me')
      .set('Authorization', bearer(member.token))
    expect(me.body.user).toBeNull()
    const article = await spec.app.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
    })
    expect(article.workflowState).toBe('in_review')
  })

  it('counts afresh after a lock expired, and locks again after parallel failures', async () => {
    const user = await signedInAccount()
    await spec.app.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { loginAttempts: MAX_ATTEMPTS, lockUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await Promise.all(Array.from({ length: 2 }, () => badLogin(user.email)))
    expect(await stored(user.id)).toMatchObject({ loginAttempts: 2 })
    await Promise.all(Array.from({ length: 6 }, () => badLogin(user.email)))
    expect(isLocked((await stored(user.id)).lockUntil)).toBe(true)
  })

  it('still logs in with the right password after fewer failures than the limit, and starts counting afresh', async () => {
    const user = await createUser(spec.app.payload, 'writer')
    await Promise.all(Array.from({ length: MAX_ATTEMPTS - 1 }, () => badLogin(user.email)))
    expect((await stored(user.id)).loginAttempts).toBe(MAX_ATTEMPTS - 1)
    const correct = await request(spec.app.server)
      .post('/api/users/login')
      .send({ email: user.email, password: user.password })
    expect(correct.status).toBe(200)
    expect((await stored(user.id)).loginAttempts).toBe(0)
  })
})
