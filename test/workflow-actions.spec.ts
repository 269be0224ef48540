import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { StaffRole } from '../src/access/roles'

import type { WorkflowAction } from '../src/workflow/transitions'

import { createTeam, type Team } from './helpers/team'
import { useTeamApp } from './helpers/teamApp'
import { bearer, loginToken } from './helpers/users'
import { EXPECTED_TRANSITIONS } from './helpers/transitionTable'
import { fieldErrorPaths } from './helpers/validationErrors'
import { act, createAs, faqData } from './helpers/workflow'

const ROLES: StaffRole[] = ['writer', 'reviewer', 'editor', 'admin']

describe('workflow actions', () => {
  const spec = useTeamApp()

  const latest = (id: string) =>
    spec.app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })

  /** A FAQ by the writer, brought to the state `action` starts from. */
  const faqReadyFor = async (action: WorkflowAction): Promise<string> => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    if (action === 'submit') return id
    await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
    if (action === 'request-changes' || action === 'sign-off') return id
    await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    if (action === 'publish') return id
    await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')
    return id
  }

  const bodyFor = (action: WorkflowAction, member: Team[keyof Team]) =>
    ({
      submit: {},
      'request-changes': { comment: 'Please cite a source.' },
      'sign-off': { password: member.password },
      publish: {},
      withdraw: { reason: 'Label changed.' },
    })[action]

  describe.each(
    Object.entries(EXPECTED_TRANSITIONS) as [
      WorkflowAction,
      (typeof EXPECTED_TRANSITIONS)[WorkflowAction],
    ][],
  )('%s', (action, expected) => {
    it.each(ROLES)('is allowed or refused for a %s as the transition table says', async (role) => {
      const id = await faqReadyFor(action)
      const before = await latest(id)
      const response = await act(
        spec.app.server,
        spec.team[role],
        'faqs',
        id,
        action,
        bodyFor(action, spec.team[role]),
      )
      const after = await latest(id)
      if (expected.allowed.includes(role)) {
        expect(response.status).toBe(200)
        expect(response.body.state).toBe(expected.to)
        expect(after.workflowState).toBe(expected.to)
      } else {
        expect(response.status).toBe(403)
        expect(response.body.errors[0].message).toContain(expected.allowed.join(' or '))
        expect(after.workflowState).toBe(before.workflowState)
      }
    })

    it('is refused to an anonymous caller', async () => {
      const id = await faqReadyFor(action)
      const response = await act(spec.app.server, undefined, 'faqs', id, action, {})
      expect(response.status).toBe(401)
    })
  })

  it('refuses an action from the wrong state with a 409 saying why', async () => {
    const id = await faqReadyFor('submit')
    const response = await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')
    expect(response.status).toBe(409)
    expect(response.body.errors[0].data.requirements).toEqual(
      expect.arrayContaining([expect.stringContaining('is draft; "Publish" needs it approved')]),
    )
    const aboutTheState = (response.body.errors[0].data.requirements as string[]).filter(
      (requirement) => requirement.includes('draft'),
    )
    expect(aboutTheState).toHaveLength(1)
    expect((await latest(id)).workflowState).toBe('draft')
  })

  it('requires a comment to request changes (400 naming comment)', async () => {
    const id = await faqReadyFor('request-changes')
    const response = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'request-changes', {
      comment: ' ',
    })
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body)).toEqual(['comment'])
    expect((await latest(id)).workflowState).toBe('in_review')
  })

  it('requires a reason to withdraw (400 naming reason)', async () => {
    const id = await faqReadyFor('withdraw')
    const response = await act(spec.app.server, spec.team.editor, 'faqs', id, 'withdraw', {})
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body)).toEqual(['reason'])
  })

  it('answers 404 for a document that does not exist', async () => {
    // A real id of the adapter's kind (uuid on SQLite, ObjectId on MongoDB), no longer in use.
    const gone = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    await spec.app.payload.delete({ collection: 'faqs', id: gone })
    const response = await act(spec.app.server, spec.team.writer, 'faqs', gone, 'submit')
    expect(response.status).toBe(404)
  })

  describe('sign-off as an electronic signature', () => {
    it('refuses a wrong password with 401, audits it, and counts it toward lockout', async () => {
      const id = await faqReadyFor('sign-off')
      const response = await act(spec.app.server, spec.team.reviewer2, 'faqs', id, 'sign-off', {
        password: 'not-my-password',
      })
      expect(response.status).toBe(401)
      expect((await latest(id)).workflowState).toBe('in_review')
      const signer = await spec.app.payload.findByID({
        collection: 'users',
        id: spec.team.reviewer2.id,
        showHiddenFields: true,
      })
      expect(signer.loginAttempts).toBe(1)
      const audit = await spec.app.payload.find({
        collection: 'audit-log',
        where: {
          and: [{ action: { equals: 'reauthentication-failed' } }, { documentId: { equals: id } }],
        },
      })
      expect(audit.totalDocs).toBe(1)
      expect(audit.docs[0].actor).toMatchObject({ id: spec.team.reviewer2.id })
      const signatures = await spec.app.payload.count({
        collection: 'signatures',
        where: { documentId: { equals: id } },
      })
      expect(signatures.totalDocs).toBe(0)
    })

    it('requires the password (400 naming password)', async () => {
      const id = await faqReadyFor('sign-off')
      const response = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {})
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body)).toEqual(['password'])
    })

    it('refuses a reviewer whose licence has expired', async () => {
      const id = await faqReadyFor('sign-off')
      const lapsed = await createTeam(spec.app.payload, spec.app.server).then(
        (extra) => extra.reviewer,
      )
      await spec.app.payload.update({
        collection: 'users',
        id: lapsed.id,
        data: { licenceExpiresAt: new Date(Date.now() - 24 * 3600 * 1000).toISOString() },
      })
      // A licence change ends the reviewer's sessions: they sign in again, then try to sign.
      lapsed.token = await loginToken(spec.app.server, lapsed.email, lapsed.password)
      const response = await act(spec.app.server, lapsed, 'faqs', id, 'sign-off', {
        password: lapsed.password,
      })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].message).toMatch(/licence expired/)
      expect((await latest(id)).workflowState).toBe('in_review')
    })

    it('refuses to let the author sign their own content (four eyes)', async () => {
      // Written by someone who is now a pharmacist reviewer (reviewers cannot create content).
      const { id } = await spec.app.payload.create({
        collection: 'faqs',
        data: faqData(),
        user: spec.team.reviewer,
      })
      await act(spec.app.server, spec.team.editor, 'faqs', id, 'submit')
      const response = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      expect(response.status).toBe(409)
      expect(response.body.errors[0].data.requirements[0]).toMatch(
        /you wrote or edited this content/,
      )
      const byOther = await act(spec.app.server, spec.team.reviewer2, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer2.password,
      })
      expect(byOther.status).toBe(200)
    })

    it('records who signed, as what, the meaning, the version and the content hash', async () => {
      const id = await faqReadyFor('sign-off')
      const response = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
        meaning: 'Reviewed for accuracy of dosing statements',
      })
      expect(response.status).toBe(200)
      const signature = await spec.app.payload.findByID({
        collection: 'signatures',
        id: response.body.signatureId,
        depth: 0,
      })
      const versions = await spec.app.payload.findVersions({
        collection: 'faqs',
        where: { parent: { equals: id } },
      })
      expect(signature).toMatchObject({
        collectionSlug: 'faqs',
        documentId: id,
        reviewer: spec.team.reviewer.id,
        printedName: 'Jane Doe, PharmD, RPh',
        meaning: 'Reviewed for accuracy of dosing statements',
      })
      expect(versions.docs.map((version) => String(version.id))).toContain(signature.versionId)
      expect(signature.contentHash).toMatch(/^[0-9a-f]{64}$/)
    })
  })

  describe('edits after sign-off', () => {
    it('voids the sign-off when content changes (state back to draft)', async () => {
      const id = await faqReadyFor('publish')
      const edited = await request(spec.app.server)
        .patch(`/api/faqs/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ question: 'Is baclofen safe for everyone?' })
      expect(edited.status).toBe(200)
      expect((await latest(id)).workflowState).toBe('draft')
      const publish = await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')
      expect(publish.status).toBe(409)
    })

    it('keeps the sign-off when only a non-content field changes', async () => {
      const id = await faqReadyFor('publish')
      const hashBefore = (
        await spec.app.payload.find({
          collection: 'signatures',
          where: { documentId: { equals: id } },
        })
      ).docs[0].contentHash
      await spec.app.payload.update({
        collection: 'faqs',
        id,
        data: { updatedBy: spec.team.editor.id },
        draft: true,
      })
      expect((await latest(id)).workflowState).toBe('approved')
      const publish = await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')
      expect(publish.status).toBe(200)
      expect(hashBefore).toMatch(/^[0-9a-f]{64}$/)
    })

    it('keeps the live version while a published document is edited as a new draft', async () => {
      const id = await faqReadyFor('withdraw')
      const liveQuestion = (await spec.app.payload.findByID({ collection: 'faqs', id })).question
      await request(spec.app.server)
        .patch(`/api/faqs/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ changeReason: 'Edited for the test', question: 'A reworded question?' })
      const anonymous = await request(spec.app.server).get(`/api/faqs/${id}`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.question).toBe(liveQuestion)
      expect((await latest(id)).question).toBe('A reworded question?')
      expect((await latest(id)).workflowState).toBe('draft')
    })
  })

  it.each([
    [
      'an edit saved without ?draft=true',
      { question: 'Overwritten live?', changeReason: 'Edited for the test' },
    ],
    ['an explicit unpublish', { _status: 'draft' }],
  ])('refuses %s over a published document, keeping it live', async (_name, change) => {
    const id = await faqReadyFor('withdraw')
    await request(spec.app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ changeReason: 'Edited for the test', question: 'A pending draft?' })
    const liveBefore = await request(spec.app.server).get(`/api/faqs/${id}`)
    const response = await request(spec.app.server)
      .patch(`/api/faqs/${id}`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send(change)
    expect(response.status).toBe(409)
    expect(response.body.errors[0].data.requirements.join(' ')).toMatch(/withdraw it with a reason/)
    const liveAfter = await request(spec.app.server).get(`/api/faqs/${id}`)
    expect(liveAfter.status).toBe(200)
    expect(liveAfter.body).toEqual(liveBefore.body)
  })

  it('withdraws a published document from the API, with the reason recorded', async () => {
    const id = await faqReadyFor('withdraw')
    expect((await request(spec.app.server).get(`/api/faqs/${id}`)).status).toBe(200)
    const response = await act(spec.app.server, spec.team.editor, 'faqs', id, 'withdraw', {
      reason: 'Label updated',
    })
    expect(response.status).toBe(200)
    expect((await request(spec.app.server).get(`/api/faqs/${id}`)).status).toBe(404)
    const stored = await latest(id)
    expect(stored).toMatchObject({ workflowState: 'withdrawn', withdrawalReason: 'Label updated' })
    const { docs } = await spec.app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: 'withdraw' } }] },
    })
    expect(docs[0]).toMatchObject({ comment: 'Label updated', actor: { id: spec.team.editor.id } })
    expect(docs[0].contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(docs[0].versionId).toBeTruthy()
  })

  it('refuses a second sign-off of an approved document (it is no longer in review)', async () => {
    const id = await faqReadyFor('publish')
    const again = await act(spec.app.server, spec.team.reviewer2, 'faqs', id, 'sign-off', {
      password: spec.team.reviewer2.password,
    })
    expect(again.status).toBe(409)
  })
})
