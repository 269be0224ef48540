import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { type Member, signedInMember } from './helpers/team'

import { useTeamApp } from './helpers/teamApp'
import { bearer, loginToken } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

const DAY = 24 * 3600 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/**
 * The credential register: each pharmacist's licence carries where and when it was verified, by
 * whom, and by when it must be verified again. Past that date (or never verified) they cannot
 * sign, nor be assigned; a signature records the verification it relied on.
 */
describe('the credential register', () => {
  const spec = useTeamApp()
  let lapsed: Member
  let unverified: Member

  const pharmacist = (overrides: Record<string, unknown>) =>
    signedInMember(spec.app, 'reviewer', overrides)
  const submittedFaq = async (question: string, body: Record<string, unknown> = {}) => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))
    const submitted = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', body)
    return { id, submitted }
  }
  const signaturesOf = async (id: string) =>
    (
      await spec.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        depth: 0,
      })
    ).docs

  beforeAll(async () => {
    lapsed = await pharmacist({
      fullName: 'Lara Lapsed',
      licenceVerifiedAt: daysFromNow(-400),
      licenceReverifyBy: daysFromNow(-1),
    })
    unverified = await pharmacist({
      fullName: 'Uma Unverified',
      licenceVerifiedAt: null,
      licenceReverifyBy: null,
    })
  })

  it('refuses the sign-off of a pharmacist past re-verification, or never verified, over REST and GraphQL', async () => {
    for (const signer of [lapsed, unverified]) {
      const { id } = await submittedFaq(`Signed by ${signer.fullName}?`)
      const rest = await act(spec.app.server, signer, 'faqs', id, 'sign-off', {
        password: signer.password,
      })
      expect(rest.status).toBe(403)
      expect(rest.body.errors[0].message).toMatch(
        signer === lapsed
          ? /due for re-verification on \d{4}-\d{2}-\d{2}\. An admin must verify it again/
          : /has not been verified against the register/,
      )
      const graphql = await request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(signer.token))
        .send({
          query:
            'mutation ($id: String!, $password: String!) { workflowSignOff(collection: faqs, id: $id, password: $password) { state } }',
          variables: { id, password: signer.password },
        })
      expect(JSON.stringify(graphql.body.errors)).toMatch(/verif/)
      expect(await signaturesOf(id)).toEqual([])
      const latest = await spec.app.payload.findByID({ collection: 'faqs', id, draft: true })
      expect(latest.workflowState).toBe('in_review')
    }
  })

  it('neither assigns them nor asks them to review', async () => {
    const { submitted } = await submittedFaq('Assigned to the lapsed?', { assignee: lapsed.id })
    expect(submitted.status).toBe(400)
    expect(JSON.stringify(submitted.body)).toContain('assignee')
    expect(JSON.stringify(submitted.body)).toMatch(/re-verification/)
    const { id } = await submittedFaq('Who is asked?')
    const asked = await spec.app.payload.find({
      collection: 'notifications',
      where: { and: [{ documentId: { equals: id } }, { subject: { equals: 'Review requested' } }] },
      depth: 0,
    })
    const recipients = asked.docs.map((entry) => entry.recipient)
    expect(recipients).toEqual(expect.arrayContaining([spec.team.reviewer.id]))
    expect(recipients).not.toContain(lapsed.id)
    expect(recipients).not.toContain(unverified.id)
  })

  it('records on each signature the verification it relied on', async () => {
    const { id } = await submittedFaq('Signed with a verified licence?')
    const signed = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    const [signature] = await signaturesOf(id)
    const account = await spec.app.payload.findByID({
      collection: 'users',
      id: spec.team.reviewer.id,
      depth: 0,
    })
    expect(signature.licenceVerification).toMatchObject({
      licenceNumber: account.licenceNumber,
      issuer: account.licenceIssuer,
      source: account.licenceVerificationSource,
      verifiedAt: account.licenceVerifiedAt,
      reverifyBy: account.licenceReverifyBy,
    })
    expect(signature.licenceVerification?.issuer).toBeTruthy()

    const record = await request(spec.app.server)
      .get(`/api/records/faqs/${id}`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(record.status).toBe(200)
    expect(record.body.signatures[0].licenceVerification).toMatchObject({
      issuer: account.licenceIssuer,
      source: account.licenceVerificationSource,
    })
    const printable = await request(spec.app.server)
      .get(`/api/records/faqs/${id}?format=html`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(printable.text).toContain('Licence verification relied on')
    expect(printable.text).toContain(`checked at ${account.licenceVerificationSource}`)
  })

  it('lets only an admin record a verification, stamping who did, audited; a re-verified pharmacist signs', async () => {
    const renewal = { licenceVerifiedAt: daysFromNow(0), licenceReverifyBy: daysFromNow(365) }
    for (const caller of [lapsed, spec.team.editor]) {
      const refused = await request(spec.app.server)
        .patch(`/api/users/${lapsed.id}`)
        .set('Authorization', bearer(caller.token))
        .send(renewal)
      expect(refused.status).toBe(403)
    }
    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(lapsed.token))
      .send({
        query: `mutation ($id: String!, $value: String) { updateUser(id: $id, data: { licenceReverifyBy: $value }) { id } }`,
        variables: { id: lapsed.id, value: renewal.licenceReverifyBy },
      })
    expect(graphql.body.errors?.[0]?.message).toMatch(/Only an admin can change/)
    const bulk = await request(spec.app.server)
      .patch(`/api/users?where[id][equals]=${lapsed.id}`)
      .set('Authorization', bearer(lapsed.token))
      .send(renewal)
    expect(bulk.status).toBe(403)
    const untouched = await spec.app.payload.findByID({
      collection: 'users',
      id: lapsed.id,
      depth: 0,
    })
    expect(new Date(String(untouched.licenceReverifyBy)).getTime()).toBeLessThan(Date.now())

    const renewed = await request(spec.app.server)
      .patch(`/api/users/${lapsed.id}`)
      .set('Authorization', bearer(spec.team.admin.token))
      .send({
        ...renewal,
        licenceVerificationSource: 'https://register.example.test/RPH-123456',
        licenceVerifiedBy: spec.team.editor.id,
      })
    expect(renewed.status).toBe(200)
    const stored = await spec.app.payload.findByID({
      collection: 'users',
      id: lapsed.id,
      depth: 0,
    })
    expect(stored.licenceVerifiedBy).toBe(spec.team.admin.id)
    const { docs: audits } = await spec.app.payload.find({
      collection: 'audit-log',
      where: {
        and: [{ documentId: { equals: lapsed.id } }, { action: { equals: 'account-changed' } }],
      },
      depth: 0,
    })
    const changes = (audits[0].details as { changes: Record<string, unknown> }).changes
    expect(Object.keys(changes)).toEqual(
      expect.arrayContaining(['licenceReverifyBy', 'licenceVerificationSource']),
    )

    const { id } = await submittedFaq('Signed after re-verification?')
    const relogged = await loginToken(spec.app.server, lapsed.email, lapsed.password)
    const signed = await act(spec.app.server, { token: relogged }, 'faqs', id, 'sign-off', {
      password: lapsed.password,
    })
    expect(signed.status).toBe(200)
    const [signature] = await signaturesOf(id)
    expect(signature.licenceVerification).toMatchObject({
      source: 'https://register.example.test/RPH-123456',
      verifiedByName: spec.team.admin.fullName ?? spec.team.admin.email,
    })
  })

  it('refuses dates that do not make sense, naming the field', async () => {
    const cases = [
      [{ licenceVerifiedAt: daysFromNow(3) }, 'licenceVerifiedAt', /cannot be in the future/],
      [
        { licenceVerifiedAt: daysFromNow(-10), licenceReverifyBy: daysFromNow(-20) },
        'licenceReverifyBy',
        /must come after the verification/,
      ],
      [{ licenceReverifyBy: 'not a date' }, 'licenceReverifyBy', /./],
    ] as const
    for (const [data, field, message] of cases) {
      const response = await request(spec.app.server)
        .patch(`/api/users/${unverified.id}`)
        .set('Authorization', bearer(spec.team.admin.token))
        .send(data)
      expect(response.status).toBe(400)
      const fieldErrors = response.body.errors[0].data.errors as { path: string; message: string }[]
      expect(fieldErrors.find((error) => error.path === field)?.message).toMatch(message)
    }
  })

  it('warns admins in the daily digest of re-verifications due within 30 days or missed', async () => {
    await pharmacist({
      fullName: 'Sol Soon',
      licenceVerifiedAt: daysFromNow(-300),
      licenceReverifyBy: daysFromNow(10),
    })
    await pharmacist({
      fullName: 'Lee Later',
      licenceVerifiedAt: daysFromNow(-10),
      licenceReverifyBy: daysFromNow(200),
    })
    const job = await spec.app.payload.jobs.queue({
      task: 'reviewDigest',
      queue: 'notifications',
      input: {},
    })
    await spec.app.payload.jobs.runByID({ id: job.id })
    const { docs } = await spec.app.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      pagination: false,
      depth: 0,
    })
    const inputs = docs.map((queued) => queued.input as { to: string; text: string })
    const toAdmin = inputs.filter((input) => input.to === spec.team.admin.email)
    expect(toAdmin).toHaveLength(1)
    expect(toAdmin[0].text).toMatch(/Licence re-verification due by \d{4}-\d{2}-\d{2}: Sol Soon/)
    expect(toAdmin[0].text).toContain('Licence never verified against the register: Uma Unverified')
    expect(toAdmin[0].text).not.toContain('Lee Later')
    // Pharmacists are not told about each other's licences.
    const toReviewer = inputs.filter((input) => input.to === spec.team.reviewer.email)
    expect(toReviewer.some((input) => input.text.includes('Sol Soon'))).toBe(false)
  })
})
