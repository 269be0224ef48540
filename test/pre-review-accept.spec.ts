import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { articleData, richText } from './helpers/content'
import { bodyWithLink } from './helpers/lexicalBodies'
import { auditActions, checkRunsOf, latestContentHash } from './helpers/preReviewChecks'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { act, createAs } from './helpers/workflow'

const REASON = 'The link opens the DailyMed label itself; its destination is named in the sentence.'

/** A pharmacist accepts an advisory finding with a reason; the signature and the record say so. */
describe('accepting a pre-review finding', () => {
  const spec = useTeamApp()

  const accept = (member: Member | undefined, resultId: string, body: Record<string, unknown>) => {
    const call = request(spec.app.server).post(`/api/pre-review-checks/${resultId}/accept`)
    if (member) call.set('Authorization', bearer(member.token))
    return call.send(body)
  }

  /** A submitted article whose body has a "click here" link (advisory), and its check result. */
  const submittedArticle = async () => {
    const id = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({ body: bodyWithLink('click here') }),
    )
    expect((await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')).status).toBe(
      200,
    )
    const [run] = await checkRunsOf(spec.app.payload, 'articles', id)
    return { id, run, findingId: String(run.findings![0].id) }
  }

  const findingOf = async (id: string) =>
    (await checkRunsOf(spec.app.payload, 'articles', id)).at(-1)!.findings![0]

  it('records the pharmacist, the time and the reason on the finding, and audits it', async () => {
    const { id, run, findingId } = await submittedArticle()
    const accepted = await accept(spec.team.reviewer, String(run.id), {
      finding: findingId,
      reason: REASON,
    })
    expect(accepted.status).toBe(200)
    expect(accepted.body.finding).toMatchObject({ id: findingId, reason: REASON })
    expect(await findingOf(id)).toMatchObject({
      acceptedBy: spec.team.reviewer.id,
      acceptedByName: spec.team.reviewer.fullName,
      reason: REASON,
    })
    const [audit] = await auditActions(spec.app.payload, id, 'check-finding-accepted')
    expect(audit).toMatchObject({
      actor: spec.team.reviewer.id,
      comment: REASON,
      versionId: run.versionId,
      contentHash: run.contentHash,
      details: {
        checkResultId: String(run.id),
        findingId,
        rule: 'a11y.link-text',
        text: 'click here',
      },
    })

    const again = await accept(spec.team.reviewer2, String(run.id), {
      finding: findingId,
      reason: 'Also fine by me.',
    })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('accepted already')
    expect((await findingOf(id)).reason).toBe(REASON)
  })

  it('accepts over GraphQL too', async () => {
    const { id, run, findingId } = await submittedArticle()
    const response = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({
        query:
          'mutation ($id: String!, $finding: String!, $reason: String!) { acceptPreReviewFinding(id: $id, finding: $finding, reason: $reason) { message finding { reason } } }',
        variables: { id: String(run.id), finding: findingId, reason: REASON },
      })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.acceptPreReviewFinding.finding.reason).toBe(REASON)
    expect((await findingOf(id)).reason).toBe(REASON)
  })

  it.each([
    ['anonymous', undefined, 401],
    ['the writer', 'writer', 403],
    ['an editor', 'editor', 403],
    ['an admin', 'admin', 403],
    ['QA', 'qa', 403],
  ] as const)('refuses %s (%s)', async (_who, role, status) => {
    const { id, run, findingId } = await submittedArticle()
    const member = role ? spec.team[role] : undefined
    const refused = await accept(member, String(run.id), { finding: findingId, reason: REASON })
    expect(refused.status).toBe(status)
    expect((await findingOf(id)).acceptedAt ?? null).toBeNull()
    expect(await auditActions(spec.app.payload, id, 'check-finding-accepted')).toHaveLength(0)
  })

  it('refuses a blank reason and an unknown finding with 400 naming the field', async () => {
    const { id, run, findingId } = await submittedArticle()
    const blank = await accept(spec.team.reviewer, String(run.id), {
      finding: findingId,
      reason: '   ',
    })
    expect(blank.status).toBe(400)
    expect(fieldErrors(blank.body)).toEqual([
      { path: 'reason', message: 'give the reason this finding is acceptable as written' },
    ])
    const unknown = await accept(spec.team.reviewer, String(run.id), {
      finding: 'no-such-finding',
      reason: REASON,
    })
    expect(unknown.status).toBe(400)
    expect(fieldErrors(unknown.body)[0].path).toBe('finding')
    expect((await findingOf(id)).acceptedAt ?? null).toBeNull()
  })

  it('answers 404 for an id that is no check result, and mounts the route on no other collection', async () => {
    const { id, findingId } = await submittedArticle()
    const missing = await accept(spec.team.reviewer, '999999', {
      finding: findingId,
      reason: REASON,
    })
    expect(missing.status).toBe(404)
    const elsewhere = await request(spec.app.server)
      .post(`/api/articles/${id}/accept`)
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({ finding: findingId, reason: REASON })
    expect(elsewhere.status).toBe(404)
    expect((await findingOf(id)).acceptedAt ?? null).toBeNull()
  })

  it('refuses a blocking finding: it is fixed, not accepted', async () => {
    const { id, run } = await submittedArticle()
    // A blocking finding is never stored by a submit (it refuses): a run recorded at a sign-off is.
    const blocking = await spec.app.payload.create({
      collection: 'pre-review-checks',
      data: {
        collectionSlug: 'articles',
        documentId: id,
        versionId: run.versionId,
        contentHash: run.contentHash,
        ranAt: new Date().toISOString(),
        occasion: 'sign-off',
        blocking: 1,
        advisory: 0,
        findings: [
          {
            rule: 'references.retracted',
            severity: 'block',
            where: 'reference [1]',
            message: 'the work is retracted; remove or replace it',
          },
        ],
      },
    })
    const refused = await accept(spec.team.reviewer, String(blocking.id), {
      finding: String(blocking.findings![0].id),
      reason: REASON,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      'A blocking finding is fixed in the text, not accepted.',
    )
  })

  it('refuses a result that is not the latest of the document', async () => {
    const { id, run, findingId } = await submittedArticle()
    await act(spec.app.server, spec.team.reviewer, 'articles', id, 'request-changes', {
      comment: 'Check the link.',
    })
    expect((await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')).status).toBe(
      200,
    )
    const older = await accept(spec.team.reviewer, String(run.id), {
      finding: findingId,
      reason: REASON,
    })
    expect(older.status).toBe(409)
    expect(older.body.errors[0].message).toContain('not the latest')
    const runs = await checkRunsOf(spec.app.payload, 'articles', id)
    expect(runs.map((stored) => stored.findings![0].acceptedAt ?? null)).toEqual([null, null])
  })

  it('carries an acceptance over to a resubmission of the same content', async () => {
    const { id, run, findingId } = await submittedArticle()
    await accept(spec.team.reviewer, String(run.id), { finding: findingId, reason: REASON })
    await act(spec.app.server, spec.team.reviewer, 'articles', id, 'request-changes', {
      comment: 'Please add the dose for children.',
    })
    expect((await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')).status).toBe(
      200,
    )
    const runs = await checkRunsOf(spec.app.payload, 'articles', id)
    expect(runs).toHaveLength(2)
    expect(runs[1].findings![0]).toMatchObject({
      acceptedBy: spec.team.reviewer.id,
      reason: REASON,
    })
  })

  it('says in the signature, the record and the signed copy which findings were accepted', async () => {
    const { id, run, findingId } = await submittedArticle()
    expect(
      (await accept(spec.team.reviewer, String(run.id), { finding: findingId, reason: REASON }))
        .status,
    ).toBe(200)
    const signed = await act(spec.app.server, spec.team.reviewer, 'articles', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    const summary = `Signed with 0 blocking and 1 advisory finding: “click here” in the introduction (accepted by ${spec.team.reviewer.fullName}: ${REASON}).`
    const signature = await spec.app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
      depth: 0,
    })
    expect(signature.preReviewChecks).toEqual({
      result: run.id,
      blocking: 0,
      advisory: 1,
      accepted: 1,
      summary,
    })
    expect(signature.contentHash).toBe(run.contentHash)

    const get = (path: string) =>
      request(spec.app.server).get(path).set('Authorization', bearer(spec.team.editor.token))
    const record = await get(`/api/records/articles/${id}`)
    expect(record.body.signatures[0].preReviewChecks.summary).toBe(summary)
    expect(record.body.checkRuns).toMatchObject([
      { versionId: run.versionId, findings: [{ rule: 'a11y.link-text', reason: REASON }] },
    ])
    const recordHtml = await get(`/api/records/articles/${id}?format=html`)
    expect(recordHtml.text).toContain('Pre-review checks (1 runs)')
    expect(recordHtml.text).toContain('Signed with 0 blocking and 1 advisory finding')

    const copy = await get(`/api/records/articles/${id}/signed-copy`)
    expect(copy.body.signatures[0].preReviewChecks).toBe(summary)
    const copyHtml = await get(`/api/records/articles/${id}/signed-copy?format=html`)
    expect(copyHtml.text).toContain(
      'Pre-review checks: Signed with 0 blocking and 1 advisory finding',
    )
  })

  it('says which advisory findings nobody accepted; the sign-off is allowed over them', async () => {
    const { id } = await submittedArticle()
    const signed = await act(spec.app.server, spec.team.reviewer, 'articles', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    const signature = await spec.app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
      depth: 0,
    })
    expect(signature.preReviewChecks?.summary).toBe(
      'Signed with 0 blocking and 1 advisory finding: “click here” in the introduction (not accepted).',
    )
  })

  it('runs the checks at the sign-off when no result exists for the content signed', async () => {
    const { id } = await submittedArticle()
    // As for content submitted before the checks existed.
    await spec.app.payload.delete({
      collection: 'pre-review-checks',
      where: { documentId: { equals: id } },
    })
    const signed = await act(spec.app.server, spec.team.reviewer, 'articles', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    const [run] = await checkRunsOf(spec.app.payload, 'articles', id)
    expect(run).toMatchObject({
      occasion: 'sign-off',
      ranBy: spec.team.reviewer.id,
      contentHash: await latestContentHash(spec.app.payload, 'articles', id),
      findings: [{ rule: 'a11y.link-text', text: 'click here' }],
    })
    const signature = await spec.app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
      depth: 0,
    })
    expect(signature.preReviewChecks).toMatchObject({ result: run.id, advisory: 1, accepted: 0 })
  })

  it('records no findings on the signature of clean content', async () => {
    const id = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({ body: richText('Baclofen eases spasticity.') }),
    )
    expect((await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')).status).toBe(
      200,
    )
    const signed = await act(spec.app.server, spec.team.reviewer, 'articles', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    const signature = await spec.app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
      depth: 0,
    })
    expect(signature.preReviewChecks?.summary).toBe(
      'Signed with 0 blocking and 0 advisory findings.',
    )
  })
})
