import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { signatureCoversInWords } from '../src/workflow/changes/changesInWords'
import { queueFor } from '../src/workflow/queues'
import { articleData, richText } from './helpers/content'
import { resolveOpenThreads } from './helpers/reviewComments'
import {
  databaseHasTransactions,
  inAnHour,
  makeScheduleDue,
  runDueSchedules,
  scheduleCall,
  scheduleOf,
} from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Checklist = { requirement: string; label: string; met: boolean; problems: string[] }[]

const SPECIALTY = 'BCPPS (paediatric pharmacotherapy)'

/**
 * High-risk content (an editor's risk tier, or the rules: a boxed warning, dosing for children, a
 * drug new to market) goes live only on two signatures on the same content by two different
 * pharmacists, one of them holding a specialty credential, on every publish path.
 */
describe('two-pharmacist review of high-risk content', () => {
  // The second factor at sign-off has specs of its own; here pharmacists sign with the password.
  const spec = useTeamApp({ MFA_REQUIRED_ROLES: '' })
  const server = () => spec.app.server
  const payload = () => spec.app.payload
  let specialist: Member

  beforeAll(async () => {
    const user = await createUser(payload(), 'reviewer', { fullName: 'Pat Paeds' })
    await payload().update({
      collection: 'users',
      id: user.id,
      data: { specialtyCredential: SPECIALTY },
    })
    specialist = {
      ...user,
      specialtyCredential: SPECIALTY,
      token: await loginToken(server(), user.email, user.password),
    }
  })

  const latest = (collection: 'faqs' | 'articles', id: string) =>
    payload().findByID({ collection, id, draft: true, depth: 0 })
  const isLive = async (collection: 'faqs' | 'articles', id: string) =>
    (
      await payload().count({
        collection,
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      })
    ).totalDocs === 1
  const signaturesOf = async (id: string) =>
    (
      await payload().find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        sort: 'signedAt',
        depth: 0,
      })
    ).docs
  const sign = (member: Member, id: string, collection: 'faqs' | 'articles' = 'faqs') =>
    act(server(), member, collection, id, 'sign-off', { password: member.password })
  const checklistOf = async (id: string, collection: 'faqs' | 'articles' = 'faqs') =>
    (
      await request(server())
        .get(`/api/${collection}/${id}/workflow`)
        .set('Authorization', bearer(spec.team.editor.token))
    ).body.checklist as Checklist
  const secondSignatureItem = async (id: string, collection: 'faqs' | 'articles' = 'faqs') =>
    (await checklistOf(id, collection)).find((entry) => entry.requirement === 'second-signature')
  const setRiskTier = (member: Member, id: string, riskTier: string) =>
    request(server())
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(member.token))
      .send({ riskTier })

  /** A FAQ an editor marked high risk, submitted by its writer. */
  const highRiskFaqInReview = async () => {
    const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
    expect((await setRiskTier(spec.team.editor, id, 'high')).status).toBe(200)
    expect((await act(server(), spec.team.writer, 'faqs', id, 'submit')).status).toBe(200)
    return id
  }

  describe('the risk tier', () => {
    it('is set by editors and admins; a writer’s is dropped and a pharmacist may not edit content', async () => {
      const id = await createAs(server(), spec.team.writer, 'faqs', {
        ...faqData(),
        riskTier: 'high',
      })
      expect((await latest('faqs', id)).riskTier).toBe('standard')
      expect((await setRiskTier(spec.team.writer, id, 'high')).status).toBe(200)
      expect((await latest('faqs', id)).riskTier).toBe('standard')
      expect((await setRiskTier(spec.team.reviewer, id, 'high')).status).toBe(403)
      expect((await latest('faqs', id)).riskTier).toBe('standard')

      expect((await setRiskTier(spec.team.editor, id, 'high')).status).toBe(200)
      expect((await latest('faqs', id)).riskTier).toBe('high')
      const graphql = await request(server())
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.admin.token))
        .send({
          query: `mutation ($id: String!) { updateFaq(id: $id, draft: true, data: { riskTier: standard }) { riskTier } }`,
          variables: { id },
        })
      expect(graphql.body.data.updateFaq.riskTier).toBe('standard')
      expect(await secondSignatureItem(id)).toBeUndefined()
      // Each change is audited: lowering the tier takes the second signature away.
      const changes = await payload().find({
        collection: 'audit-log',
        where: {
          and: [{ action: { equals: 'risk-tier-changed' } }, { documentId: { equals: id } }],
        },
        sort: 'at',
        depth: 0,
      })
      expect(changes.docs.map((entry) => [String(entry.actor), entry.details])).toEqual([
        [String(spec.team.editor.id), { from: 'standard', to: 'high' }],
        [String(spec.team.admin.id), { from: 'high', to: 'standard' }],
      ])
    })

    it('is raised by the rules: a boxed warning, dosing for children, a drug new to market', async () => {
      const boxed = await createAs(server(), spec.team.writer, 'faqs', {
        question: 'Does it carry a boxed warning?',
        answer: richText('Yes: the label has a boxed warning about abrupt withdrawal.'),
      })
      const children = await createAs(server(), spec.team.writer, 'faqs', {
        question: 'What dose for children?',
        answer: richText('The usual paediatric dose is 0.3 mg/kg a day.'),
      })
      const drug = await payload().create({
        collection: 'drugs',
        data: { name: `Novadrugumab ${Date.now()}`, newToMarket: true },
      })
      const newDrug = await createAs(server(), spec.team.writer, 'faqs', {
        ...faqData(),
        drugs: [drug.id],
      })
      expect((await secondSignatureItem(boxed))?.label).toContain('mentions a boxed warning')
      expect((await secondSignatureItem(children))?.label).toContain('gives dosing for children')
      expect((await secondSignatureItem(newDrug))?.label).toContain(
        `is about ${drug.name}, marked new to market`,
      )
      for (const id of [boxed, children, newDrug]) {
        expect((await latest('faqs', id)).riskTier).toBe('standard')
      }
    })
  })

  describe('the specialty credential', () => {
    it('is set by admins only', async () => {
      const own = await request(server())
        .patch(`/api/users/${spec.team.reviewer2.id}`)
        .set('Authorization', bearer(spec.team.reviewer2.token))
        .send({ specialtyCredential: 'BCOP (self-declared)' })
      expect(own.status).toBe(403)
      expect(own.body.errors[0].message).toContain('specialty credential')
      const stored = await payload().findByID({ collection: 'users', id: spec.team.reviewer2.id })
      expect(stored.specialtyCredential ?? null).toBeNull()
    })
  })

  describe('signing', () => {
    it('keeps the document in review after the first signature: "1 of 2 signatures"', async () => {
      const id = await highRiskFaqInReview()
      const first = await sign(spec.team.reviewer, id)
      expect(first.status).toBe(200)
      expect(first.body.state).toBe('in_review')
      expect(first.body.message).toContain('1 of 2 signatures')
      expect((await latest('faqs', id)).workflowState).toBe('in_review')
      const item = await secondSignatureItem(id)
      expect(item?.met).toBe(false)
      expect(item?.label).toMatch(/^1 of 2 signatures: Jane Doe, PharmD, RPh signed on/)
    })

    it('reports a high-risk linked document signed with its article as still in review', async () => {
      const faq = await highRiskFaqInReview()
      const article = await createAs(server(), spec.team.writer, 'articles', {
        ...articleData(),
        faqs: [faq],
      })
      expect((await act(server(), spec.team.writer, 'articles', article, 'submit')).status).toBe(
        200,
      )
      const signed = await act(server(), spec.team.reviewer, 'articles', article, 'sign-off', {
        password: spec.team.reviewer.password,
        includeLinked: true,
      })
      expect(signed.status).toBe(200)
      expect(signed.body.linked).toEqual([
        expect.objectContaining({ collection: 'faqs', id: faq, done: true, state: 'in_review' }),
      ])
      expect((await latest('faqs', faq)).workflowState).toBe('in_review')
    })

    it('refuses a second signature by the same pharmacist', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const again = await sign(spec.team.reviewer, id)
      expect(again.status).toBe(403)
      expect(again.body.errors[0].message).toContain(
        'needs its second signature from another pharmacist',
      )
      expect(await signaturesOf(id)).toHaveLength(1)
      expect((await latest('faqs', id)).workflowState).toBe('in_review')
    })

    it('refuses a second signature when neither pharmacist holds a specialty credential', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const second = await sign(spec.team.reviewer2, id)
      expect(second.status).toBe(403)
      expect(second.body.errors[0].message).toContain(
        'A specialist must give one of the two signatures',
      )
      expect(await signaturesOf(id)).toHaveLength(1)
      expect((await latest('faqs', id)).workflowState).toBe('in_review')
    })

    it('starts over after a change request: the first signature does not carry into the next review', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const sentBack = await act(server(), spec.team.reviewer2, 'faqs', id, 'request-changes', {
        comment: 'Add the monitoring advice.',
      })
      expect(sentBack.status).toBe(200)
      expect((await latest('faqs', id)).workflowState).toBe('changes_requested')
      expect((await act(server(), spec.team.writer, 'faqs', id, 'submit')).status).toBe(200)
      await resolveOpenThreads(server(), spec.team.reviewer2, 'faqs', id)
      const afterResubmit = await sign(specialist, id)
      expect(afterResubmit.body).toMatchObject({ state: 'in_review' })
      const [, newest] = await signaturesOf(id)
      expect(newest.countersigns ?? null).toBeNull()
    })

    it('voids the first signature when the content changes', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const edit = await request(server())
        .patch(`/api/faqs/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ question: 'An edited question?', changeReason: 'Clearer wording' })
      expect(edit.status).toBe(200)
      expect((await latest('faqs', id)).workflowState).toBe('draft')
      expect((await act(server(), spec.team.writer, 'faqs', id, 'submit')).status).toBe(200)
      expect((await sign(specialist, id)).body.state).toBe('in_review')
    })
  })

  describe('the second signature', () => {
    const statusFor = async (member: Member, id: string) => {
      const response = await request(server())
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(member.token))
      expect(response.status).toBe(200)
      return response.body as {
        actions: { action: string }[]
        checklist: Checklist
        assignment: { assignee: string | null }
        signatures: {
          needed: number
          given: number
          firstSigner: { id: string; name: string; specialist: boolean } | null
          note: string | null
          notYours: string | null
        }
      }
    }
    const offersSignOff = async (member: Member, id: string) =>
      (await statusFor(member, id)).actions.some(({ action }) => action === 'sign-off')
    const queueIds = async (member: Member, key: 'assigned-to-me' | 'awaiting-review') => {
      const where = queueFor(key).where(member as never, new Date(), { reviewGraceDays: 30 })
      const response = await request(server())
        .get('/api/faqs')
        .query({ draft: 'true', depth: 0, limit: 100, where: JSON.stringify(where) })
        .set('Authorization', bearer(member.token))
      expect(response.status).toBe(200)
      return response.body.docs.map((doc: { id: string }) => String(doc.id))
    }
    const secondSignatureNotices = async (member: Member, id: string) =>
      (
        await payload().find({
          collection: 'notifications',
          where: {
            and: [
              { recipient: { equals: member.id } },
              { documentId: { equals: id } },
              { subject: { equals: 'Second signature needed' } },
            ],
          },
          pagination: false,
          depth: 0,
        })
      ).docs

    /** A high-risk FAQ its writer submitted assigned to Jane Doe (no specialty credential). */
    const assignedHighRiskFaq = async () => {
      const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
      expect((await setRiskTier(spec.team.editor, id, 'high')).status).toBe(200)
      const submitted = await act(server(), spec.team.writer, 'faqs', id, 'submit', {
        assignee: String(spec.team.reviewer.id),
      })
      expect(submitted.status).toBe(200)
      expect((await statusFor(spec.team.reviewer, id)).assignment.assignee).toBe(
        String(spec.team.reviewer.id),
      )
      return id
    }

    it('is open to another pharmacist once the assignee gave the first; the assignment is done', async () => {
      const id = await assignedHighRiskFaq()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      expect((await latest('faqs', id)).assignee ?? null).toBeNull()
      expect(await queueIds(spec.team.reviewer, 'assigned-to-me')).not.toContain(id)
      expect(await queueIds(specialist, 'awaiting-review')).toContain(id)

      const second = await sign(specialist, id)
      expect(second.status).toBe(200)
      expect(second.body.state).toBe('approved')
      const [first, countersignature] = await signaturesOf(id)
      expect(countersignature.countersigns).toBe(first.id)
    })

    it('lets another pharmacist sign when the first signer is still assigned (content signed before the fix)', async () => {
      const id = await assignedHighRiskFaq()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      // As stored before the first signature cleared the assignment.
      await payload().update({
        collection: 'faqs',
        id,
        data: { assignee: spec.team.reviewer.id },
        draft: true,
      })
      expect((await statusFor(specialist, id)).assignment.assignee).toBe(
        String(spec.team.reviewer.id),
      )
      expect((await latest('faqs', id)).workflowState).toBe('in_review')
      expect(await offersSignOff(specialist, id)).toBe(true)
      expect((await sign(specialist, id)).body.state).toBe('approved')
    })

    it('is not offered to the first signer, who is told why and refused before the password', async () => {
      const id = await assignedHighRiskFaq()
      const before = await statusFor(spec.team.reviewer, id)
      expect(before.actions.map(({ action }) => action)).toContain('sign-off')
      expect(before.signatures).toMatchObject({ needed: 2, given: 0, firstSigner: null })
      expect(before.signatures.note).toMatch(
        /^This is the first of two signatures: the content is high risk \(it is marked high risk by an editor\)/,
      )
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)

      const firstSigner = await statusFor(spec.team.reviewer, id)
      expect(firstSigner.actions.map(({ action }) => action)).not.toContain('sign-off')
      expect(firstSigner.signatures).toMatchObject({
        needed: 2,
        given: 1,
        firstSigner: {
          id: String(spec.team.reviewer.id),
          name: 'Jane Doe, PharmD, RPh',
          specialist: false,
        },
      })
      expect(firstSigner.signatures.notYours).toMatch(
        /^You gave the first signature; another pharmacist gives the second/,
      )
      // Refused on the policy, before the password is checked: a wrong one gets the same 403.
      const refused = await act(server(), spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: 'not-the-password',
      })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/^You gave the first signature/)
      const graphql = await request(server())
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.reviewer.token))
        .send({
          query:
            'mutation ($id: String!, $password: String!) { workflowSignOff(collection: faqs, id: $id, password: $password) { state } }',
          variables: { id, password: 'not-the-password' },
        })
      expect(JSON.stringify(graphql.body.errors)).toContain('You gave the first signature')
      expect(await signaturesOf(id)).toHaveLength(1)

      // Neither pharmacist a specialist: not offered either, saying so.
      const other = await statusFor(spec.team.reviewer2, id)
      expect(other.actions.map(({ action }) => action)).not.toContain('sign-off')
      expect(other.signatures.notYours).toContain(
        'A specialist must give one of the two signatures',
      )
      const bySpecialist = await statusFor(specialist, id)
      expect(bySpecialist.actions.map(({ action }) => action)).toContain('sign-off')
      expect(bySpecialist.signatures.notYours).toBeNull()
      expect(bySpecialist.signatures.note).toMatch(
        /^You give the second of two signatures: review the whole content; Jane Doe, PharmD, RPh signed it on \d+ \w+ \d{4}\. They hold no specialty credential/,
      )
    })

    it('shows the second signer the changes since the signature before the pair, not "0 changes"', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const response = await request(server())
        .get(`/api/faqs/${id}/workflow/changes`)
        .set('Authorization', bearer(specialist.token))
      expect(response.status).toBe(200)
      expect(response.body.firstOfPair).toMatchObject({ printedName: 'Jane Doe, PharmD, RPh' })
      // Nothing was signed before the pair: all of the content is for the second signer to read.
      expect(response.body.since).toBeNull()
      expect(
        response.body.changes.filter((c: { clinical: boolean }) => c.clinical).length,
      ).toBeGreaterThan(0)
      const covers = signatureCoversInWords(response.body)
      expect(covers).toMatch(
        /^the whole content, as the second, independent review \(Jane Doe, PharmD, RPh signed it on /,
      )
      expect(covers).not.toMatch(/\b0 clinical changes/)
    })

    it('words the checklist once: waiting for the second pharmacist, a specialist', async () => {
      const id = await highRiskFaqInReview()
      const unsigned = await secondSignatureItem(id)
      expect(unsigned?.label).toBe(
        'High risk: it is marked high risk by an editor. Two pharmacists must sign it, one a specialist',
      )
      expect(unsigned?.problems.join(' ')).not.toContain('marked high risk')
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const checklist = await checklistOf(id)
      expect(checklist.find((entry) => entry.requirement === 'approved')?.label).toBe(
        "In review: waiting for the second pharmacist's signature",
      )
      const item = checklist.find((entry) => entry.requirement === 'second-signature')
      expect(item?.label).toMatch(
        /^1 of 2 signatures: Jane Doe, PharmD, RPh signed on .+\. High risk: it is marked high risk by an editor, so a second pharmacist must sign \(a specialist: Jane Doe, PharmD, RPh holds no specialty credential\)$/,
      )
      expect(item?.problems).toEqual([
        'it has 1 of 2 signatures: a second pharmacist must sign this same content, one of the two a specialist',
      ])
    })

    it('tells the pharmacists who may give the second signature, not the first signer', async () => {
      const byGeneralist = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, byGeneralist)).status).toBe(200)
      expect(await secondSignatureNotices(spec.team.reviewer, byGeneralist)).toHaveLength(0)
      // The first signer is no specialist: only a specialist may give the second.
      expect(await secondSignatureNotices(spec.team.reviewer2, byGeneralist)).toHaveLength(0)
      const [notice] = await secondSignatureNotices(specialist, byGeneralist)
      expect(notice?.message).toMatch(
        /^Jane Doe gave the first of two signatures on ".+" \(high risk: a second pharmacist, a specialist, must sign it\)\.$/,
      )

      const bySpecialist = await highRiskFaqInReview()
      expect((await sign(specialist, bySpecialist)).status).toBe(200)
      expect(await secondSignatureNotices(specialist, bySpecialist)).toHaveLength(0)
      expect(await secondSignatureNotices(spec.team.reviewer, bySpecialist)).toHaveLength(1)
      expect(await secondSignatureNotices(spec.team.reviewer2, bySpecialist)).toHaveLength(1)
    })
  })

  describe('publishing on one signature', () => {
    /** Approved on one signature while standard; then its drug was marked new to market. */
    const becameHighRiskAfterApproval = async () => {
      const drug = await payload().create({
        collection: 'drugs',
        data: { name: `Laterdrug ${Math.random().toString(36).slice(2, 8)}` },
      })
      const id = await createAs(server(), spec.team.writer, 'faqs', {
        ...faqData(),
        drugs: [drug.id],
      })
      await approve(server(), 'faqs', id, spec.team.writer, spec.team.reviewer)
      await payload().update({ collection: 'drugs', id: drug.id, data: { newToMarket: true } })
      return id
    }
    const restError = (response: request.Response) => ({
      status: response.status,
      message: JSON.stringify(response.body.errors ?? []),
    })
    const graphqlError = (response: request.Response) => ({
      status: response.body.errors?.[0]?.extensions?.statusCode ?? 200,
      message: JSON.stringify(response.body.errors ?? []),
    })
    const graphql = (query: string, id: string) =>
      request(server())
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ query, variables: { id } })

    const paths: [string, (id: string) => Promise<{ status: number; message: string }>][] = [
      [
        'the REST publish action',
        async (id) => restError(await act(server(), spec.team.editor, 'faqs', id, 'publish')),
      ],
      [
        'REST PATCH with _status published',
        async (id) =>
          restError(
            await request(server())
              .patch(`/api/faqs/${id}`)
              .set('Authorization', bearer(spec.team.editor.token))
              .send({ _status: 'published' }),
          ),
      ],
      [
        'a bulk REST PATCH',
        async (id) =>
          restError(
            await request(server())
              .patch('/api/faqs')
              .query({ 'where[id][equals]': id, draft: 'true' })
              .set('Authorization', bearer(spec.team.editor.token))
              .send({ _status: 'published' }),
          ),
      ],
      [
        'the GraphQL publish mutation',
        async (id) =>
          graphqlError(
            await graphql(
              'mutation ($id: String!) { workflowPublish(collection: faqs, id: $id) { state } }',
              id,
            ),
          ),
      ],
      [
        'a GraphQL update with _status published',
        async (id) =>
          graphqlError(
            await graphql(
              'mutation ($id: String!) { updateFaq(id: $id, data: { _status: published }) { id } }',
              id,
            ),
          ),
      ],
      [
        'the Local API with _status published',
        async (id) => {
          try {
            await payload().update({
              collection: 'faqs',
              id,
              data: { _status: 'published' },
              user: spec.team.editor,
              overrideAccess: false,
            })
            return { status: 200, message: '' }
          } catch (error) {
            const { status, message } = error as { status?: number; message: string }
            return { status: status ?? 500, message }
          }
        },
      ],
      [
        'a version restore',
        async (id) => {
          const { docs } = await payload().findVersions({
            collection: 'faqs',
            where: { parent: { equals: id } },
            sort: '-updatedAt',
            limit: 1,
            depth: 0,
          })
          // A version marked published in the history, as data imported from elsewhere would be.
          await payload().db.updateVersion({
            collection: 'faqs',
            id: docs[0].id,
            versionData: { ...docs[0], version: { ...docs[0].version, _status: 'published' } },
          } as never)
          return restError(
            await request(server())
              .post(`/api/faqs/versions/${docs[0].id}`)
              .set('Authorization', bearer(spec.team.editor.token))
              .send({}),
          )
        },
      ],
    ]

    it.each(paths)('is refused through %s, and nothing goes live', async (_name, attempt) => {
      const id = await becameHighRiskAfterApproval()
      const refused = await attempt(id)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(refused.message).toContain('has 1 of 2 signatures: a second pharmacist must sign')
      expect(await isLive('faqs', id)).toBe(false)
      expect((await latest('faqs', id)).workflowState).not.toBe('published')
    })

    it('is refused by the scheduled publish job, which fails the schedule', async () => {
      const id = await becameHighRiskAfterApproval()
      const scheduled = await scheduleCall(
        server(),
        spec.team.editor,
        'post',
        { collection: 'faqs', id, action: 'schedule' },
        { publishAt: inAnHour() },
      )
      expect(scheduled.status).toBe(200)
      const scheduleId = String(scheduled.body.scheduleId)
      await makeScheduleDue(payload(), scheduleId)
      await runDueSchedules(payload())
      const schedule = await scheduleOf(payload(), scheduleId)
      expect(schedule.status).toBe('failed')
      expect(JSON.stringify(schedule)).toContain('a second pharmacist must sign')
      expect(await isLive('faqs', id)).toBe(false)
    })

    it('is refused for a release, which publishes nothing', async () => {
      const id = await becameHighRiskAfterApproval()
      const release = await request(server())
        .post('/api/releases')
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ title: `High risk ${Date.now()}` })
      expect(release.status).toBe(201)
      const releaseId = String(release.body.doc.id)
      const added = await request(server())
        .post(`/api/releases/${releaseId}/items`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ collection: 'faqs', id })
      expect(added.status).toBe(200)
      const published = await request(server())
        .post(`/api/releases/${releaseId}/publish`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(published.status).toBe(409)
      if (databaseHasTransactions()) {
        expect(JSON.stringify(published.body)).toContain('a second pharmacist must sign')
      }
      expect(await isLive('faqs', id)).toBe(false)
    })

    it('is refused while the first signature waits for the second', async () => {
      const id = await highRiskFaqInReview()
      expect((await sign(spec.team.reviewer, id)).status).toBe(200)
      const refused = await act(server(), spec.team.editor, 'faqs', id, 'publish')
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain('1 of 2 signatures')
      expect(await isLive('faqs', id)).toBe(false)
    })
  })

  describe('two signatures, one by a specialist', () => {
    it('publishes; the record, the signed copy and the byline name both pharmacists', async () => {
      const id = await createAs(server(), spec.team.writer, 'articles', articleData())
      const marked = await request(server())
        .patch(`/api/articles/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ riskTier: 'high' })
      expect(marked.status).toBe(200)
      expect((await act(server(), spec.team.writer, 'articles', id, 'submit')).status).toBe(200)
      expect((await sign(spec.team.reviewer, id, 'articles')).body.state).toBe('in_review')

      const second = await request(server())
        .post('/api/graphql')
        .set('Authorization', bearer(specialist.token))
        .send({
          query:
            'mutation ($id: String!, $password: String!) { workflowSignOff(collection: articles, id: $id, password: $password) { state } }',
          variables: { id, password: specialist.password },
        })
      expect(second.body.data.workflowSignOff.state).toBe('approved')
      const item = await secondSignatureItem(id, 'articles')
      expect(item?.met).toBe(true)
      expect(item?.label).toContain('2 of 2 signatures (one by a specialist, Pat Paeds')

      const published = await act(server(), spec.team.editor, 'articles', id, 'publish')
      expect(published.status).toBe(200)
      expect(await isLive('articles', id)).toBe(true)

      const [first, countersignature] = await signaturesOf(id)
      expect(countersignature.countersigns).toBe(first.id)
      expect(countersignature.specialtyCredential).toBe(SPECIALTY)
      expect(countersignature.contentHash).toBe(first.contentHash)

      const { slug } = await payload().findByID({ collection: 'articles', id, draft: true })
      const page = await request(server()).get(`/api/delivery/articles/${slug}`)
      expect(page.status).toBe(200)
      expect(page.body.review.line).toMatch(
        /^Medically reviewed by Jane Doe, PharmD, RPh and Pat Paeds, PharmD, RPh on /,
      )
      expect(page.body.jsonLd.reviewedBy.map((person: { name: string }) => person.name)).toEqual([
        'Jane Doe',
        'Pat Paeds',
      ])

      const record = await request(server())
        .get(`/api/records/articles/${id}`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(
        record.body.signatures.map((signature: { printedName: string }) => signature.printedName),
      ).toEqual(['Jane Doe, PharmD, RPh', 'Pat Paeds, PharmD, RPh'])
      expect(record.body.signatures[1]).toMatchObject({
        countersignsId: String(first.id),
        specialtyCredential: SPECIALTY,
      })
      const html = await request(server())
        .get(`/api/records/articles/${id}?format=html`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(html.text).toContain('Pat Paeds, PharmD, RPh')
      expect(html.text).toContain(`second signature, after <code>${first.id}</code>`)
    })

    it('still publishes standard content on one signature', async () => {
      const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
      const published = await publishThroughWorkflow(server(), 'faqs', id, spec.team)
      expect(published.state).toBe('published')
      expect(await isLive('faqs', id)).toBe(true)
      expect(await secondSignatureItem(id)).toBeUndefined()
    })
  })
})
