import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import request from 'supertest'

import type { AuditLog } from '../src/payload-types'
import { type Member, signedInMember } from './helpers/team'

import { loadDuePeriods } from '../src/auditReview/loadDuePeriods'
import { AuditReviewDueCard } from '../src/components/admin/auditReview/AuditReviewDueCard'
import { choosePeriod } from '../src/components/admin/auditReview/choosePeriod'
import { PeriodPicker } from '../src/components/admin/auditReview/PeriodPicker'
import { ReviewedDocument } from '../src/components/admin/auditReview/ReviewedDocument'
import { ReviewSummary } from '../src/components/admin/auditReview/ReviewSummary'
import { SignatureStatus } from '../src/components/admin/auditReview/SignatureStatus'
import { useTeamApp } from './helpers/teamApp'
import type { TestApp } from './helpers/testApp'
import { bearer, createConsumerKey } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

const TODAY = new Date().toISOString().slice(0, 10)
/** "2 December 2026": how the review writes a day, stated here apart from the code. */
const inWords = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day))
/** The text a reader sees, tags dropped and each element's text kept apart. */
const textOfHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, '|')
    .replace(/\|+/g, '|')
    .replace(/&quot;/g, '"')
const textOf = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  textOfHtml(renderToStaticMarkup(element))
const consumerKey = async (app: TestApp): Promise<string> => {
  const key = await createConsumerKey(app.payload)
  app.knownSecrets.push(key)
  return key
}
const asUser = (member: Member) => ({ ...member, collection: 'users' as const })
const SIGN_MUTATION =
  'mutation ($from: String!, $to: String!, $password: String!) { auditReviewSign(from: $from, to: $to, password: $password) { message review { id printedName entryCount } } }'

/**
 * The audit-trail review: a period's changes grouped by document, which QA (a read-only role)
 * signs with their password again; months left unsigned show on the dashboard.
 */
describe('the audit-trail review', () => {
  const spec = useTeamApp({ AUDIT_REVIEW_DAYS: '20' })

  const review = (caller: Member | undefined, query: Record<string, string>) => {
    const call = request(spec.app.server).get('/api/audit-log/review').query(query)
    return caller ? call.set('Authorization', bearer(caller.token)) : call
  }
  const sign = (caller: Member | undefined, body: Record<string, unknown>) => {
    const call = request(spec.app.server).post('/api/audit-log/review/sign')
    return (caller ? call.set('Authorization', bearer(caller.token)) : call).send(body)
  }
  const signOverGraphql = (caller: Member, variables: Record<string, string>) =>
    request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(caller.token))
      .send({ query: SIGN_MUTATION, variables })
  /** A past entry, as the workflow would have written it then (fixture set-up). */
  const pastEntry = (at: string, entry: Partial<AuditLog> & Pick<AuditLog, 'action'>) =>
    spec.app.payload.create({
      collection: 'audit-log',
      data: { collectionSlug: 'faqs', ...entry, at },
    })
  const reviewsOf = async (period: string) =>
    (
      await spec.app.payload.find({
        collection: 'audit-reviews',
        where: { period: { equals: period } },
        depth: 0,
      })
    ).docs
  const qaAccount = () => signedInMember(spec.app, 'qa', { fullName: 'Quentin Second' })

  it('gives QA the period’s changes grouped by document, in order, with who did what', async () => {
    const { writer, reviewer, editor, qa } = spec.team
    const question = 'Can baclofen be stopped suddenly?'
    const faq = await createAs(spec.app.server, writer, 'faqs', faqData(question))
    await publishThroughWorkflow(spec.app.server, 'faqs', faq, spec.team)
    const other = await createAs(spec.app.server, writer, 'faqs', faqData('Refused one?'))
    await act(spec.app.server, writer, 'faqs', other, 'submit')
    const refused = await act(spec.app.server, reviewer, 'faqs', other, 'sign-off', {
      password: 'not-my-password',
    })
    expect(refused.status).toBe(401)

    const response = await review(qa, { from: TODAY, to: TODAY })
    expect(response.status).toBe(200)
    const groups = response.body.documents as {
      id: string
      entries: { action: string; by: { name: string } | null; comment: string | null }[]
    }[]
    const groupOf = (id: string) => {
      const group = groups.find((one) => one.id === id)!
      return {
        ...group,
        entries: group.entries.map(({ action, by }) => ({ action, by: by?.name ?? null })),
      }
    }
    expect(groupOf(faq)).toEqual({
      collection: 'faqs',
      collectionLabel: 'FAQ',
      id: faq,
      title: question,
      entries: [
        { action: 'submit', by: writer.email },
        { action: 'sign-off', by: 'Jane Doe' },
        { action: 'publish', by: editor.email },
      ],
    })
    expect(groupOf(other).entries).toEqual([
      { action: 'submit', by: writer.email },
      { action: 'reauthentication-failed', by: 'Jane Doe' },
    ])
    expect(groups.findIndex((one) => one.id === faq)).toBeLessThan(
      groups.findIndex((one) => one.id === other),
    )
    expect(response.body.summary.refusals['reauthentication-failed']).toBeGreaterThanOrEqual(1)
    expect(response.body.signed).toBeNull()
  })

  it('counts a period’s entries by action, its refusals and its security events', async () => {
    await pastEntry('2025-01-10T09:00:00.000Z', { action: 'submit', documentId: 'gone-1' })
    await pastEntry('2025-01-11T09:00:00.000Z', {
      action: 'reauthentication-failed',
      documentId: 'gone-1',
      comment: 'Wrong password at sign-off.',
    })
    await pastEntry('2025-01-12T09:00:00.000Z', { action: 'publish-refused', documentId: 'gone-2' })
    // As src/auth/secondFactor writes them: a wrong code, a reused one, signing without set-up.
    for (const [day, verdict] of [
      ['13', 'wrong'],
      ['14', 'reused'],
      ['15', 'not-enrolled'],
    ])
      await pastEntry(`2025-01-${day}T09:00:00.000Z`, {
        action: 'second-factor-failed',
        collectionSlug: 'users',
        documentId: 'account-1',
        details: { moment: 'sign-off', verdict },
      })
    await pastEntry('2025-01-16T09:00:00.000Z', {
      action: 'recovery-code-used',
      collectionSlug: 'users',
      documentId: 'account-1',
    })
    const response = await review(spec.team.qa, { from: '2025-01-01', to: '2025-01-31' })
    expect(response.status).toBe(200)
    expect(response.body.period).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-02-01T00:00:00.000Z',
    })
    expect(response.body.summary).toEqual({
      entries: 7,
      documents: 3,
      byAction: {
        submit: 1,
        'reauthentication-failed': 1,
        'publish-refused': 1,
        'second-factor-failed': 3,
        'recovery-code-used': 1,
      },
      refusals: { 'reauthentication-failed': 1, 'second-factor-failed': 3, 'publish-refused': 1 },
      securityEvents: { 'recovery-code-used': 1 },
    })
    expect(
      response.body.documents.map((group: { id: string; title: string | null }) => [
        group.id,
        group.title,
      ]),
    ).toEqual([
      ['gone-1', null],
      ['gone-2', null],
      ['account-1', null],
    ])
  })

  it('is read by QA, editors and admins only', async () => {
    const { admin, editor, qa, reviewer, writer } = spec.team
    const period = { from: '2025-01-01', to: '2025-01-31' }
    for (const caller of [qa, editor, admin])
      expect((await review(caller, period)).status).toBe(200)
    for (const caller of [writer, reviewer]) {
      const refused = await review(caller, period)
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toBe(
        'Only QA, editors and admins read the audit-trail review.',
      )
    }
    expect((await review(undefined, period)).status).toBe(401)
  })

  it.each([
    [{}, ['from', 'to']],
    [{ from: '2025-01-01' }, ['to']],
    [{ from: '2025-02-30', to: '2025-03-01' }, ['from']],
    [{ from: 'yesterday', to: '2025-03-01' }, ['from']],
    [{ from: '2025-03-02', to: '2025-03-01' }, ['to']],
    [{ from: '2024-01-01', to: '2025-01-02' }, ['to']],
  ])('refuses the period %j with a 400 naming %j', async (query, fields) => {
    const response = await review(spec.team.qa, query as Record<string, string>)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(fields)
  })

  it('lets QA sign an ended period: the hash of its entries is stored, the signing audited', async () => {
    const { qa } = spec.team
    await pastEntry('2025-03-05T10:00:00.000Z', { action: 'submit', documentId: 'march-1' })
    await pastEntry('2025-03-20T10:00:00.000Z', { action: 'publish', documentId: 'march-1' })
    const period = { from: '2025-03-01', to: '2025-03-31' }
    const before = await review(qa, period)

    const signed = await sign(qa, { ...period, password: qa.password })
    expect(signed.status).toBe(200)
    expect(signed.body).toMatchObject({
      message: 'Signed the audit-trail review of 2025-03-01 to 2025-03-31.',
      review: {
        from: '2025-03-01',
        to: '2025-03-31',
        signedBy: qa.id,
        printedName: 'Quinn Assurance',
        meaning: 'Audit trail reviewed',
        entriesHash: before.body.entriesHash,
        entryCount: 2,
        documentCount: 1,
      },
    })
    const [stored] = await reviewsOf('2025-03-01/2025-03-31')
    expect(stored).toMatchObject({
      signer: qa.id,
      entriesHash: before.body.entriesHash,
      periodStart: '2025-03-01T00:00:00.000Z',
      periodEnd: '2025-04-01T00:00:00.000Z',
    })
    const audit = await spec.app.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'audit-review-signed' } },
      depth: 0,
    })
    expect(
      audit.docs.map(({ actor, documentId, contentHash, details }) => ({
        actor,
        documentId,
        contentHash,
        details,
      })),
    ).toEqual([
      {
        actor: qa.id,
        documentId: String(stored.id),
        contentHash: before.body.entriesHash,
        details: { from: '2025-03-01', to: '2025-03-31', entryCount: 2 },
      },
    ])

    const after = await review(qa, period)
    expect(after.body.signed).toMatchObject({
      printedName: 'Quinn Assurance',
      signedBy: qa.id,
      unchanged: true,
    })

    const again = await sign(qa, { ...period, password: qa.password })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(
      /^The audit trail of 2025-03-01 to 2025-03-31 was already signed by Quinn Assurance on /,
    )
    expect(await reviewsOf('2025-03-01/2025-03-31')).toHaveLength(1)
  })

  it('shows when an entry of a signed period changed afterwards', async () => {
    const { qa } = spec.team
    const period = { from: '2025-06-01', to: '2025-06-30' }
    await pastEntry('2025-06-02T10:00:00.000Z', { action: 'submit', documentId: 'june-1' })
    expect((await sign(qa, { ...period, password: qa.password })).status).toBe(200)
    await pastEntry('2025-06-03T10:00:00.000Z', { action: 'publish', documentId: 'june-1' })
    const response = await review(qa, period)
    expect(response.body.signed.unchanged).toBe(false)
    expect(response.body.entriesHash).not.toBe(response.body.signed.entriesHash)
  })

  it('signs over GraphQL too, and only a period that has ended', async () => {
    const { qa } = spec.team
    const graphql = await signOverGraphql(qa, {
      from: '2025-07-01',
      to: '2025-07-31',
      password: qa.password,
    })
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.auditReviewSign).toMatchObject({
      review: { printedName: 'Quinn Assurance', entryCount: 0 },
    })
    const open = await sign(qa, { from: TODAY, to: TODAY, password: qa.password })
    expect(open.status).toBe(400)
    expect(fieldErrors(open.body)).toEqual([
      expect.objectContaining({
        path: 'to',
        message: `The period must have ended: choose an end date before ${inWords(TODAY)}; a period is signed once it is over.`,
      }),
    ])
    const noPassword = await sign(qa, { from: '2025-08-01', to: '2025-08-31' })
    expect(fieldErrors(noPassword.body).map((error) => error.path)).toEqual(['password'])
    expect(await reviewsOf(`${TODAY}/${TODAY}`)).toEqual([])
  })

  it('is signed by QA only: everyone else is refused over REST and GraphQL, nothing stored', async () => {
    const { admin, editor, reviewer, writer } = spec.team
    const period = { from: '2025-09-01', to: '2025-09-30' }
    for (const caller of [admin, editor, reviewer, writer]) {
      const rest = await sign(caller, { ...period, password: caller.password })
      expect([caller.role, rest.status]).toEqual([caller.role, 403])
      expect(rest.body.errors[0].message).toBe('Only QA accounts sign the audit-trail review.')
      const graphql = await signOverGraphql(caller, { ...period, password: caller.password })
      expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    }
    const consumer = await request(spec.app.server)
      .post('/api/audit-log/review/sign')
      .set('Authorization', `users API-Key ${await consumerKey(spec.app)}`)
      .send({ ...period, password: 'x' })
    expect(consumer.status).toBe(403)
    expect((await sign(undefined, { ...period, password: 'x' })).status).toBe(401)
    expect(await reviewsOf('2025-09-01/2025-09-30')).toEqual([])
  })

  it('answers a wrong password with 401, audits it and counts it toward the lockout', async () => {
    const qa = await qaAccount()
    const period = { from: '2025-10-01', to: '2025-10-31' }
    const wrong = await sign(qa, { ...period, password: 'not-the-password' })
    expect(wrong.status).toBe(401)
    const refusals = await spec.app.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'reauthentication-failed' } },
          { documentId: { equals: '2025-10-01/2025-10-31' } },
        ],
      },
      depth: 0,
    })
    expect(refusals.docs.map(({ actor, collectionSlug }) => ({ actor, collectionSlug }))).toEqual([
      { actor: qa.id, collectionSlug: 'audit-reviews' },
    ])
    const account = (await spec.app.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: qa.id } },
    })) as { loginAttempts?: number }
    expect(account.loginAttempts).toBe(1)
    expect(await reviewsOf('2025-10-01/2025-10-31')).toEqual([])
  })

  it('keeps the signed reviews as evidence: readable by QA, editors and admins, written by nobody', async () => {
    const { admin, editor, qa, writer } = spec.team
    for (const caller of [qa, editor, admin]) {
      const list = await request(spec.app.server)
        .get('/api/audit-reviews')
        .set('Authorization', bearer(caller.token))
      expect(list.status).toBe(200)
    }
    const byWriter = await request(spec.app.server)
      .get('/api/audit-reviews')
      .set('Authorization', bearer(writer.token))
    expect(byWriter.status).toBe(403)
    const [signed] = await reviewsOf('2025-03-01/2025-03-31')
    for (const caller of [qa, admin]) {
      const auth = bearer(caller.token)
      const forged = { period: '2024-01-01/2024-01-31', from: '2024-01-01', to: '2024-01-31' }
      const server = request(spec.app.server)
      expect(
        (await server.post('/api/audit-reviews').set('Authorization', auth).send(forged)).status,
      ).toBe(403)
      expect(
        (
          await server
            .patch(`/api/audit-reviews/${signed.id}`)
            .set('Authorization', auth)
            .send({ entriesHash: 'x' })
        ).status,
      ).toBe(403)
      expect(
        (await server.delete(`/api/audit-reviews/${signed.id}`).set('Authorization', auth)).status,
      ).toBe(403)
    }
    const overGraphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(admin.token))
      .send({
        query: `mutation { createAuditReview(data: { period: "2024-02-01/2024-02-29", from: "2024-02-01", to: "2024-02-29", periodStart: "2024-02-01", periodEnd: "2024-03-01", signer: "${admin.id}", printedName: "Forged", meaning: "Forged", signedAt: "2024-03-01", entriesHash: "x", entryCount: 0, documentCount: 0 }) { id } }`,
      })
    expect(overGraphql.body.errors[0].extensions.statusCode).toBe(403)
    expect(await reviewsOf('2024-02-01/2024-02-29')).toEqual([])
    const [after] = await reviewsOf('2025-03-01/2025-03-31')
    expect(after).toEqual(signed)
  })

  it('lets QA read drafts, records and the audit export but change no content on any path', async () => {
    const { qa, writer } = spec.team
    const question = 'Read-only for QA?'
    const faq = await createAs(spec.app.server, writer, 'faqs', faqData(question))
    const auth = bearer(qa.token)
    const server = request(spec.app.server)
    for (const path of [
      `/api/faqs/${faq}?draft=true`,
      '/api/faqs/versions',
      `/api/records/faqs/${faq}`,
      `/api/audit-log/export?from=${TODAY}&to=${TODAY}`,
    ])
      expect([path, (await server.get(path).set('Authorization', auth)).status]).toEqual([
        path,
        200,
      ])

    const stored = () =>
      spec.app.payload.find({ collection: 'faqs', where: { id: { equals: faq } }, draft: true })
    const before = (await stored()).docs
    const byId = `where[id][equals]=${faq}`
    const writes = [
      server.post('/api/faqs').set('Authorization', auth).send(faqData('Created by QA?')),
      server
        .patch(`/api/faqs/${faq}?draft=true`)
        .set('Authorization', auth)
        .send({ question: 'QA' }),
      server
        .patch(`/api/faqs?${byId}&draft=true`)
        .set('Authorization', auth)
        .send({ question: 'QA' }),
      server.delete(`/api/faqs/${faq}`).set('Authorization', auth),
      server.delete(`/api/faqs?${byId}`).set('Authorization', auth),
      server.post(`/api/faqs/${faq}/workflow/submit`).set('Authorization', auth).send({}),
    ]
    for (const write of writes) expect((await write).status).toBe(403)
    const graphql = await server
      .post('/api/graphql')
      .set('Authorization', auth)
      .send({ query: `mutation { deleteFaq(id: "${faq}") { id } }` })
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect((await stored()).docs).toEqual(before)
    expect(
      await spec.app.payload.count({
        collection: 'faqs',
        where: { question: { equals: 'Created by QA?' } },
      }),
    ).toEqual({ totalDocs: 0 })
  })

  describe('the admin page', () => {
    const may = { from: '2026-05-01', to: '2026-05-31' }
    const mayPeriod = { ...may, start: '2026-05-01T00:00:00.000Z', end: '2026-06-01T00:00:00.000Z' }

    it('says why a period that has not ended cannot be signed yet, and from when it can', () => {
      const status = (now: string, signer: boolean) =>
        textOf(
          SignatureStatus({
            now: new Date(now),
            review: { period: mayPeriod, signed: null },
            signer,
          }),
        )
      expect(status('2026-05-20T12:00:00.000Z', true)).toBe(
        '|Not signed yet. This period has not ended yet: it can be signed from 1 June 2026.|',
      )
      expect(status('2026-06-01T00:00:00.000Z', true)).toBe(
        '|Not signed yet. Read every change below, then sign at the end of the page.|',
      )
      expect(status('2026-06-01T00:00:00.000Z', false)).toBe(
        '|Not signed yet. Only QA accounts sign the audit-trail review.|',
      )
    })

    it('writes a signature’s day in words', () => {
      const signed = {
        id: '1',
        ...may,
        signedBy: '7',
        printedName: 'Quinn Assurance',
        meaning: 'Audit trail reviewed',
        signedAt: '2026-06-02T09:30:00.000Z',
        entriesHash: 'x',
        entryCount: 2,
        documentCount: 1,
        unchanged: true,
      }
      expect(
        textOf(
          SignatureStatus({ now: new Date(), review: { period: mayPeriod, signed }, signer: true }),
        ),
      ).toBe(
        '|Signed by Quinn Assurance on 2 June 2026 (Audit trail reviewed). Nothing in the period changed since.|',
      )
    })

    it('shows each entry on its own line: what, who and when apart, then the note', () => {
      const entry = (
        id: string,
        action: string,
        by: string | null,
        at: string,
        comment: string | null,
      ) => ({
        id,
        action,
        at,
        by: by ? { id, name: by } : null,
        comment,
        versionId: null,
        contentHash: null,
      })
      const html = renderToStaticMarkup(
        ReviewedDocument({
          group: {
            collection: 'faqs',
            collectionLabel: 'FAQ',
            id: '12',
            title: 'Can baclofen be stopped suddenly?',
            entries: [
              entry(
                '1',
                'sign-off',
                'Riya Reviewer',
                '2026-05-03T14:05:00.000Z',
                'Reviewed against the SmPC',
              ),
              entry('2', 'second-factor-failed', 'Riya Reviewer', '2026-05-04T08:00:00.000Z', null),
              entry('3', 'schedule-failed', null, '2026-05-05T23:59:00.000Z', null),
            ],
          },
        }),
      )
      expect(html.match(/<li /g)).toHaveLength(3)
      expect(
        textOf(
          ReviewedDocument({
            group: {
              collection: 'faqs',
              collectionLabel: 'FAQ',
              id: '12',
              title: 'Q?',
              entries: [],
            },
          }),
        ),
      ).toBe('|FAQ| Q?|')
      const lines = html
        .split('<li ')
        .slice(1)
        .map((li) => textOfHtml(`<li ${li}`))
      expect(lines).toEqual([
        '|Sign off|by Riya Reviewer|3 May 2026, 14:05 UTC|Reviewed against the SmPC|',
        '|Two-factor check failed|by Riya Reviewer|4 May 2026, 08:00 UTC|',
        '|Schedule failed|by the CMS|5 May 2026, 23:59 UTC|',
      ])
    })

    it('counts what went wrong in the summary, two-factor failures and recovery codes included', () => {
      const text = textOf(
        ReviewSummary({
          summary: {
            entries: 9,
            documents: 1,
            byAction: {},
            refusals: {
              'reauthentication-failed': 1,
              'second-factor-failed': 3,
              'publish-refused': 0,
            },
            securityEvents: { 'recovery-code-used': 2 },
          },
        }),
      )
      expect(text).toBe(
        '|Summary|9 changes to 1 document.|Wrong passwords at signing|1|Failed two-factor checks (a wrong or reused code, or signing without two-factor set up)|3|Refused publications|0|Recovery codes used instead of the authenticator app|2|',
      )
    })

    it('lets the reader choose a month or any days, labels above their fields', () => {
      const months = [
        { from: '2026-06-01', to: '2026-06-30', start: '', end: '', key: '' },
        { from: '2026-05-01', to: '2026-05-31', start: '', end: '', key: '' },
      ]
      const html = renderToStaticMarkup(PeriodPicker({ months, period: may, asked: {} }))
      expect(html).toContain('<label for="audit-review-month">Month</label>')
      expect(html).toContain('<option value="2026-06">June 2026</option>')
      expect(html).toContain('<option value="2026-05" selected="">May 2026</option>')
      expect(html).toContain('<label for="audit-review-from">From</label>')
      expect(html).toContain('name="to" value="2026-05-31"')
      const other = renderToStaticMarkup(
        PeriodPicker({ months, period: { from: '2026-05-04', to: '2026-05-10' }, asked: {} }),
      )
      expect(other).toContain('<option disabled="" value="" selected="">Choose a month</option>')
    })

    it.each([
      [{ month: '2026-02' }, { from: '2026-02-01', to: '2026-02-28' }],
      [{ month: '2024-02' }, { from: '2024-02-01', to: '2024-02-29' }],
      [
        { from: '2026-05-04', to: '2026-05-10' },
        { from: '2026-05-04', to: '2026-05-10' },
      ],
      [{}, { from: '2026-04-01', to: '2026-04-30' }],
      [{ month: '2026-13' }, { from: '2026-04-01', to: '2026-04-30' }],
    ])('shows for %j the period %j', (searchParams, period) => {
      const { parsed } = choosePeriod(searchParams, new Date('2026-05-20T12:00:00.000Z'))
      expect(parsed.data).toEqual(period)
    })
  })

  describe('the dashboard’s audit trail not reviewed', () => {
    const duePeriods = async (now: string) => {
      const req = await createLocalReq({ user: spec.team.qa }, spec.app.payload)
      return loadDuePeriods(req, new Date(now))
    }

    // 2023: before every other test's entries, so only this test's months are due by then.
    it('lists the months with entries that ended AUDIT_REVIEW_DAYS ago or more and no review covers', async () => {
      const { qa } = spec.team
      await pastEntry('2023-01-10T10:00:00.000Z', { action: 'submit', documentId: 'jan-1' })
      await pastEntry('2023-03-03T10:00:00.000Z', { action: 'submit', documentId: 'mar-1' })
      await pastEntry('2023-03-28T10:00:00.000Z', { action: 'publish', documentId: 'mar-1' })
      // March is reviewed week by week, part of the way; February has no entries.
      for (const [from, to] of [
        ['2023-03-01', '2023-03-14'],
        ['2023-03-15', '2023-03-27'],
      ])
        expect((await sign(qa, { from, to, password: qa.password })).status).toBe(200)

      expect(await duePeriods('2023-04-20T00:00:00.000Z')).toEqual({
        reviewDays: 20,
        periods: [
          {
            from: '2023-01-01',
            to: '2023-01-31',
            label: 'January 2023',
            entries: 1,
            dueSince: '2023-02-21T00:00:00.000Z',
          },
        ],
      })
      const labels = async (now: string) => (await duePeriods(now)).periods.map((p) => p.label)
      expect(await labels('2023-04-21T00:00:00.000Z')).toEqual(['January 2023', 'March 2023'])
      const rest = { from: '2023-03-28', to: '2023-03-31', password: qa.password }
      expect((await sign(qa, rest)).status).toBe(200)
      expect(await labels('2023-04-21T00:00:00.000Z')).toEqual(['January 2023'])
      const january = { from: '2023-01-01', to: '2023-01-31', password: qa.password }
      expect((await sign(qa, january)).status).toBe(200)
      expect(await labels('2023-04-21T00:00:00.000Z')).toEqual([])
    })

    it('shows admins and QA the card with each month linked to its review; nobody else', async () => {
      const { admin, editor, qa, writer } = spec.team
      const { periods } = await duePeriods(new Date().toISOString())
      expect(periods.length).toBeGreaterThan(0)
      for (const user of [qa, admin]) {
        const card = await AuditReviewDueCard({ payload: spec.app.payload, user: asUser(user) })
        const html = renderToStaticMarkup(card!)
        expect(html).toContain('Audit trail not reviewed')
        expect(html).toContain('20 days or more after')
        expect(html.match(/href="\/admin\/audit-review\?from=/g)?.length).toBe(periods.length)
      }
      for (const user of [editor, writer]) {
        expect(
          await AuditReviewDueCard({ payload: spec.app.payload, user: asUser(user) }),
        ).toBeNull()
      }
    })
  })
})
