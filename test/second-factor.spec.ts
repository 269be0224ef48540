import { beforeAll, describe, expect, it } from '@jest/globals'
import { Secret, TOTP } from 'otpauth'
import request from 'supertest'

import { type Member, signedInMember } from './helpers/team'

import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

const STEP_MS = 30_000

/** What an authenticator app shows at `at` for the secret (the library itself, RFC 6238 defaults). */
const codeAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at })

/**
 * A code is accepted for the step before and after the current one, once. A scenario uses up to
 * three codes (steps now-1, now, now+1): it starts with at least 12 seconds left in the step so
 * they all stay valid while it runs.
 */
const startOfFreshStep = async (): Promise<number> => {
  const left = STEP_MS - (Date.now() % STEP_MS)
  if (left < 12_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
  return Date.now()
}

/**
 * A second factor (TOTP, RFC 6238) for staff: enrolled with recovery codes shown once, asked at
 * login and again at every sign-off (step-up), required for the roles in MFA_REQUIRED_ROLES
 * before they may sign. Wrong or reused codes count toward the lockout; all of it is audited.
 */
describe('two-factor authentication', () => {
  const spec = useTeamApp({ MFA_REQUIRED_ROLES: 'reviewer,admin' })

  const auditOf = async (action: string, userId: number | string) =>
    (
      await spec.app.payload.find({
        collection: 'audit-log',
        where: {
          and: [{ action: { equals: action } }, { documentId: { equals: String(userId) } }],
        },
        sort: 'at',
        depth: 0,
      })
    ).docs
  const stored = (id: number | string) =>
    spec.app.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } }) as Promise<
      Record<string, unknown>
    >
  const login = (email: string, password: string, totp?: string) =>
    request(spec.app.server)
      .post('/api/users/login')
      .send({ email, password, ...(totp === undefined ? {} : { totp }) })
  const pharmacist = () => signedInMember(spec.app, 'reviewer')
  const post = (member: Pick<Member, 'token'>, path: string, body: Record<string, unknown>) =>
    request(spec.app.server).post(path).set('Authorization', bearer(member.token)).send(body)

  /** Enrols `member` with the code of step now-1; returns the secret and recovery codes. */
  const enrol = async (member: Member, now: number) => {
    const started = await post(member, '/api/users/second-factor/enrol', {
      password: member.password,
    })
    expect(started.status).toBe(200)
    const confirmed = await post(member, '/api/users/second-factor/confirm', {
      code: codeAt(started.body.secret, now - STEP_MS),
    })
    expect(confirmed.status).toBe(200)
    return { secret: started.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes }
  }
  const submittedFaq = async (question: string) => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))
    expect((await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')).status).toBe(200)
    return id
  }
  const signaturesOf = async (id: string) =>
    (
      await spec.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        depth: 0,
      })
    ).docs

  let enrolled: Member
  let secret: string
  let recoveryCodes: string[]

  beforeAll(async () => {
    enrolled = await pharmacist()
  })

  it('refuses a sign-off by a reviewer who has not enrolled, as their role requires (403, audited)', async () => {
    const status = await request(spec.app.server)
      .get('/api/users/second-factor')
      .set('Authorization', bearer(enrolled.token))
    expect(status.body).toEqual({
      enrolled: false,
      enrolledAt: null,
      required: true,
      recoveryCodesLeft: 0,
    })
    const id = await submittedFaq('Signed without a second factor?')
    const signed = await act(spec.app.server, enrolled, 'faqs', id, 'sign-off', {
      password: enrolled.password,
    })
    expect(signed.status).toBe(403)
    expect(signed.body.errors[0].message).toMatch(/Signing needs two-factor authentication/)
    expect(signed.body.errors[0].data).toEqual({ secondFactor: 'not-enrolled' })
    expect(await signaturesOf(id)).toEqual([])
    const [refusal] = await auditOf('second-factor-failed', enrolled.id)
    expect(refusal.details).toMatchObject({ moment: 'sign-off', verdict: 'not-enrolled' })
  })

  it('enrols with the password and a first code; the secret is sealed, the recovery codes hashed and shown once', async () => {
    const wrongPassword = await post(enrolled, '/api/users/second-factor/enrol', {
      password: 'not-my-password',
    })
    expect(wrongPassword.status).toBe(401)
    const noPassword = await post(enrolled, '/api/users/second-factor/enrol', {})
    expect(noPassword.status).toBe(400)
    expect(noPassword.body.errors[0].data.errors[0].path).toBe('password')

    const now = await startOfFreshStep()
    const started = await post(enrolled, '/api/users/second-factor/enrol', {
      password: enrolled.password,
    })
    expect(started.status).toBe(200)
    secret = started.body.secret
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(started.body.uri).toMatch(
      new RegExp(`^otpauth://totp/MedReview%20CMS:${encodeURIComponent(enrolled.email)}\\?`),
    )
    expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/)

    const badCode = await post(enrolled, '/api/users/second-factor/confirm', { code: 'abc' })
    expect(badCode.status).toBe(400)
    expect(badCode.body.errors[0].data.errors[0].path).toBe('code')
    const wrongCode = await post(enrolled, '/api/users/second-factor/confirm', {
      code: codeAt(secret, now - 10 * STEP_MS),
    })
    expect(wrongCode.status).toBe(400)
    expect(wrongCode.body.errors[0].data.errors[0].message).toMatch(/does not match/)

    const confirmed = await post(enrolled, '/api/users/second-factor/confirm', {
      code: codeAt(secret, now - STEP_MS),
    })
    expect(confirmed.status).toBe(200)
    recoveryCodes = confirmed.body.recoveryCodes
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    expect(recoveryCodes[0]).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)

    const account = await stored(enrolled.id)
    expect(account.totpSecret).toEqual(expect.any(String))
    expect(String(account.totpSecret)).not.toContain(secret)
    expect(account.totpPendingSecret).toBeNull()
    expect(JSON.stringify(account.totpRecoveryCodes)).not.toContain(recoveryCodes[0])
    expect(await auditOf('second-factor-enrolled', enrolled.id)).toHaveLength(1)

    const again = await post(enrolled, '/api/users/second-factor/enrol', {
      password: enrolled.password,
    })
    expect(again.status).toBe(409)

    // Nobody reads the hidden fields, over REST or GraphQL, not even an admin.
    for (const reader of [enrolled, spec.team.admin]) {
      const rest = await request(spec.app.server)
        .get(`/api/users/${enrolled.id}`)
        .set('Authorization', bearer(reader.token))
      expect(rest.body.totpEnrolledAt).toEqual(expect.any(String))
      for (const field of ['totpSecret', 'totpPendingSecret', 'totpLastStep', 'totpRecoveryCodes'])
        expect(rest.body).not.toHaveProperty(field)
    }
    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ query: `{ User(id: ${JSON.stringify(enrolled.id)}) { totpSecret } }` })
    expect(graphql.body.data.User.totpSecret).toBeNull()
  })

  it('asks for the code at login: none, wrong or reused is a 401 (audited and counted), a current one signs in', async () => {
    const now = await startOfFreshStep()
    const missing = await login(enrolled.email, enrolled.password)
    expect(missing.status).toBe(401)
    expect(missing.body.errors[0].data).toEqual({ secondFactor: 'missing' })
    expect(missing.body.token).toBeUndefined()

    const before = Number((await stored(enrolled.id)).loginAttempts ?? 0)
    const wrong = await login(enrolled.email, enrolled.password, codeAt(secret, now - 20 * STEP_MS))
    expect(wrong.status).toBe(401)
    expect(wrong.body.errors[0].data).toEqual({ secondFactor: 'wrong' })
    expect(Number((await stored(enrolled.id)).loginAttempts)).toBe(before + 1)

    const current = codeAt(secret, now)
    const ok = await login(enrolled.email, enrolled.password, current)
    expect(ok.status).toBe(200)
    expect(ok.body.token).toEqual(expect.any(String))
    enrolled = { ...enrolled, token: ok.body.token }
    expect(Number((await stored(enrolled.id)).loginAttempts)).toBe(0)

    const reused = await login(enrolled.email, enrolled.password, current)
    expect(reused.status).toBe(401)
    // The code of the step that confirmed the enrolment is spent too.
    const older = await login(enrolled.email, enrolled.password, codeAt(secret, now - STEP_MS))
    expect(older.status).toBe(401)
    const failures = await auditOf('second-factor-failed', enrolled.id)
    expect(failures.map((entry) => (entry.details as { verdict: string }).verdict)).toEqual([
      'not-enrolled',
      'wrong',
      'reused',
      'reused',
    ])
    // GraphQL's login has no code argument: an enrolled account is told so, and gets no token.
    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .send({
        query: `mutation { loginUser(email: ${JSON.stringify(enrolled.email)}, password: ${JSON.stringify(enrolled.password)}) { token } }`,
      })
    expect(graphql.body.data?.loginUser?.token ?? null).toBeNull()
    expect(JSON.stringify(graphql.body.errors)).toMatch(/authenticator app/)
  })

  it('asks for the code again at every sign-off (step-up), over REST and GraphQL', async () => {
    const now = await startOfFreshStep()
    const id = await submittedFaq('Signed with a second factor?')
    const passwordOnly = await act(spec.app.server, enrolled, 'faqs', id, 'sign-off', {
      password: enrolled.password,
    })
    expect(passwordOnly.status).toBe(401)
    expect(passwordOnly.body.errors[0].data).toEqual({ secondFactor: 'missing' })
    const wrong = await act(spec.app.server, enrolled, 'faqs', id, 'sign-off', {
      password: enrolled.password,
      totp: codeAt(secret, now + 20 * STEP_MS),
    })
    expect(wrong.status).toBe(401)
    const reused = await act(spec.app.server, enrolled, 'faqs', id, 'sign-off', {
      password: enrolled.password,
      totp: codeAt(secret, now),
    })
    expect(reused.status).toBe(401)
    expect(await signaturesOf(id)).toEqual([])
    const moments = (await auditOf('second-factor-failed', enrolled.id))
      .slice(-2)
      .map((entry) => entry.details)
    expect(moments).toEqual([
      { moment: 'sign-off', verdict: 'wrong' },
      { moment: 'sign-off', verdict: 'reused' },
    ])

    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(enrolled.token))
      .send({
        query:
          'mutation ($id: String!, $password: String!, $totp: String) { workflowSignOff(collection: faqs, id: $id, password: $password, totp: $totp) { state } }',
        variables: { id, password: enrolled.password, totp: codeAt(secret, now + STEP_MS) },
      })
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.workflowSignOff.state).toBe('approved')
    expect(await signaturesOf(id)).toHaveLength(1)
    // Four wrong codes since the last login (five lock the account); a right sign-off clears them.
    expect(Number((await stored(enrolled.id)).loginAttempts)).toBe(0)
  })

  it('takes each recovery code once, at login or sign-off', async () => {
    const [first, second] = recoveryCodes
    const withRecovery = await login(enrolled.email, enrolled.password, first.toLowerCase())
    expect(withRecovery.status).toBe(200)
    const again = await login(enrolled.email, enrolled.password, first)
    expect(again.status).toBe(401)
    const id = await submittedFaq('Signed with a recovery code?')
    const signed = await act(spec.app.server, enrolled, 'faqs', id, 'sign-off', {
      password: enrolled.password,
      totp: second.replace('-', ''),
    })
    expect(signed.status).toBe(200)
    expect(await auditOf('recovery-code-used', enrolled.id)).toHaveLength(2)
    const status = await request(spec.app.server)
      .get('/api/users/second-factor')
      .set('Authorization', bearer(enrolled.token))
    expect(status.body).toMatchObject({ enrolled: true, required: true, recoveryCodesLeft: 8 })
  })

  it('lets one of two parallel logins with the same code through', async () => {
    const member = await pharmacist()
    const now = await startOfFreshStep()
    const { secret: own } = await enrol(member, now)
    const code = codeAt(own, now)
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => login(member.email, member.password, code)),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401])
  })

  it('locks the account after five wrong codes, even with the right one next', async () => {
    const member = await pharmacist()
    const now = await startOfFreshStep()
    const { secret: own } = await enrol(member, now)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await login(member.email, member.password, codeAt(own, now + 40 * STEP_MS))
      expect(wrong.status).toBe(401)
    }
    expect((await stored(member.id)).lockUntil).toEqual(expect.any(String))
    const right = await login(member.email, member.password, codeAt(own, now))
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
  })

  it('a password reset does not sign an enrolled account in: the next login asks for the code', async () => {
    const member = await pharmacist()
    const now = await startOfFreshStep()
    const { secret: own } = await enrol(member, now)
    const token = await spec.app.payload.forgotPassword({
      collection: 'users',
      data: { email: member.email },
      disableEmail: true,
    })
    const reset = await request(spec.app.server)
      .post('/api/users/reset-password')
      .send({ token, password: 'a-brand-new-passphrase-42' })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeUndefined()
    const me = await request(spec.app.server)
      .get('/api/users/me')
      .set('Cookie', reset.headers['set-cookie'] ?? [])
    expect(me.body.user).toBeNull()
    expect((await login(member.email, 'a-brand-new-passphrase-42')).status).toBe(401)
    const ok = await login(member.email, 'a-brand-new-passphrase-42', codeAt(own, now))
    expect(ok.status).toBe(200)
  })

  it('keeps the second factor through the owner’s own account edits, which cannot touch it', async () => {
    const writer = await createUser(spec.app.payload, 'writer')
    const member = {
      ...writer,
      token: await loginToken(spec.app.server, writer.email, writer.password),
    }
    const now = await startOfFreshStep()
    const { secret: own } = await enrol(member, now)
    const before = await stored(member.id)
    const edited = await request(spec.app.server)
      .patch(`/api/users/${member.id}`)
      .set('Authorization', bearer(member.token))
      .send({
        fullName: 'Wanda Renamed',
        totpSecret: null,
        totpEnrolledAt: null,
        totpRecoveryCodes: [],
        totpLastStep: 0,
      })
    expect(edited.status).toBe(200)
    const after = await stored(member.id)
    expect(after.fullName).toBe('Wanda Renamed')
    for (const field of ['totpSecret', 'totpEnrolledAt', 'totpRecoveryCodes', 'totpLastStep'])
      expect(after[field]).toEqual(before[field])
    expect((await login(member.email, member.password, codeAt(own, now))).status).toBe(200)
  })

  it('lets only an admin reset another account’s second factor; its sessions end', async () => {
    const member = await pharmacist()
    const now = await startOfFreshStep()
    await enrol(member, now)
    expect((await login(member.email, member.password)).status).toBe(401)
    for (const caller of [spec.team.writer, spec.team.editor, spec.team.reviewer, member]) {
      const refused = await post(caller, `/api/users/${member.id}/second-factor/reset`, {})
      expect(refused.status).toBe(403)
    }
    const self = await post(
      spec.team.admin,
      `/api/users/${spec.team.admin.id}/second-factor/reset`,
      {},
    )
    expect(self.status).toBe(403)
    const anonymous = await request(spec.app.server).post(
      `/api/users/${member.id}/second-factor/reset`,
    )
    expect(anonymous.status).toBe(401)
    expect((await stored(member.id)).totpSecret).toEqual(expect.any(String))

    // An admin, whose role needs a second factor, has one and confirms with password and code.
    const resetPath = `/api/users/${member.id}/second-factor/reset`
    const unenrolled = await post(spec.team.admin, resetPath, {
      password: spec.team.admin.password,
    })
    expect(unenrolled.status).toBe(403)
    expect(unenrolled.body.errors[0].message).toMatch(/Set up your own two-factor authentication/)
    const admin = await signedInMember(spec.app, 'admin')
    const { secret: adminKey } = await enrol(admin, now)
    expect((await post(admin, resetPath, {})).status).toBe(400)
    const withoutCode = await post(admin, resetPath, { password: admin.password })
    expect(withoutCode.status).toBe(401)
    expect(withoutCode.body.errors[0].data).toEqual({ secondFactor: 'missing' })
    const wrongPassword = await post(admin, resetPath, {
      password: 'not-my-password',
      totp: codeAt(adminKey, now),
    })
    expect(wrongPassword.status).toBe(401)
    expect((await stored(member.id)).totpSecret).toEqual(expect.any(String))

    const reset = await post(admin, resetPath, {
      password: admin.password,
      totp: codeAt(adminKey, now),
    })
    expect(reset.status).toBe(200)
    const account = await stored(member.id)
    expect(account.totpSecret).toBeNull()
    expect(account.totpEnrolledAt).toBeNull()
    const [entry] = await auditOf('second-factor-reset', member.id)
    expect(String(entry.actor)).toBe(String(admin.id))
    const me = await request(spec.app.server)
      .get('/api/users/me')
      .set('Authorization', bearer(member.token))
    expect(me.body.user).toBeNull()
    // Signed in with the password alone now, and refused at signing until they enrol again.
    const relogged = await loginToken(spec.app.server, member.email, member.password)
    const id = await submittedFaq('Signed after a reset?')
    const signed = await act(spec.app.server, { token: relogged }, 'faqs', id, 'sign-off', {
      password: member.password,
    })
    expect(signed.status).toBe(403)
  })

  it('keeps consumers and anonymous callers out of enrolment', async () => {
    const anonymous = await request(spec.app.server)
      .post('/api/users/second-factor/enrol')
      .send({ password: 'x' })
    expect(anonymous.status).toBe(401)
    const consumer = await createUser(spec.app.payload, 'consumer')
    const token = await loginToken(spec.app.server, consumer.email, consumer.password)
    const refused = await post({ token }, '/api/users/second-factor/enrol', {
      password: consumer.password,
    })
    expect(refused.status).toBe(403)
  })
})
