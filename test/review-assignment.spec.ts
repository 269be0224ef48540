import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'

const errorOn = (body: object, path: string) =>
  fieldErrors(body).find((error) => error.path === path)?.message
import { act, createAs, faqData } from './helpers/workflow'

const DAY = 24 * 3600 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

describe('review assignment', () => {
  const spec = useTeamApp()

  const latest = async (id: string) =>
    spec.app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })

  const newFaq = (question?: string) =>
    createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))

  const assign = (member: Member | undefined, id: string, body: Record<string, unknown>) => {
    const call = request(spec.app.server).post(`/api/faqs/${id}/workflow/assign`)
    if (member) call.set('Authorization', bearer(member.token))
    return call.send(body)
  }

  const queue = (member: Member, query = '') =>
    request(spec.app.server)
      .get(`/api/review-queue${query}`)
      .set('Authorization', bearer(member.token))

  const signaturesOf = async (id: string) =>
    (
      await spec.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
      })
    ).totalDocs

  describe('submit { assignee, dueAt }', () => {
    it('stores the assignee and due date and lists the document in their queue', async () => {
      const id = await newFaq('Assigned on submit?')
      const dueAt = inDays(3)
      const submitted = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer2.id,
        dueAt,
      })
      expect(submitted.status).toBe(200)
      const stored = await latest(id)
      expect(stored.workflowState).toBe('in_review')
      expect(stored.assignee).toBe(spec.team.reviewer2.id)
      expect(new Date(stored.dueAt!).toISOString()).toBe(dueAt)

      const mine = await queue(spec.team.reviewer2, '?assigned=me')
      expect(mine.status).toBe(200)
      expect(mine.body.inReview).toEqual([
        expect.objectContaining({
          id,
          assignee: { id: spec.team.reviewer2.id, name: 'Sam Second' },
          dueAt: expect.stringContaining(dueAt.slice(0, 10)),
        }),
      ])
      const notTheirs = await queue(spec.team.reviewer, '?assigned=me')
      expect(notTheirs.body.inReview.map((item: { id: string }) => item.id)).not.toContain(id)
      const everything = await queue(spec.team.reviewer)
      expect(everything.body.inReview.map((item: { id: string }) => item.id)).toContain(id)
    })

    it('refuses a bad assigned= value with a 400 naming the parameter', async () => {
      const response = await queue(spec.team.reviewer, '?assigned=everyone')
      expect(response.status).toBe(400)
      expect(errorOn(response.body, 'assigned')).toBeDefined()
    })

    it('refuses, naming the field, an assignee who could not sign, and stores nothing', async () => {
      const expired = await createUser(spec.app.payload, 'reviewer', {
        fullName: 'Lapsed Licence',
        licenceExpiresAt: new Date(Date.now() - DAY).toISOString(),
      })
      const contributor = await createUser(spec.app.payload, 'reviewer', { fullName: 'Ed Itor' })
      const id = await newFaq()
      // Fixture: this pharmacist edited the draft (through trusted code), so is one of its authors.
      await spec.app.payload.update({
        collection: 'faqs',
        id,
        draft: true,
        data: { question: 'Edited by a pharmacist?' },
        user: contributor,
      })
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ['an editor', { assignee: spec.team.editor.id }, /not a pharmacist reviewer/],
        [
          'an expired licence',
          { assignee: expired.id },
          /cannot sign: the pharmacist licence expired/,
        ],
        ['an author of the document', { assignee: contributor.id }, /wrote or edited/],
        ['nobody', { assignee: '64b7f0c2a1b2c3d4e5f60718' }, /No user has this id/],
        ['a hostile id', { assignee: '{"$ne":null}' }, /No user has this id/],
      ]
      for (const [, body, message] of cases) {
        const response = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', body)
        expect(response.status).toBe(400)
        expect(errorOn(response.body, 'assignee')).toMatch(message)
      }
      for (const dueAt of ['2020-01-01', 'next tuesday']) {
        const response = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
          dueAt,
        })
        expect(response.status).toBe(400)
        expect(errorOn(response.body, 'dueAt')).toBeDefined()
      }
      const stored = await latest(id)
      expect(stored.workflowState).toBe('draft')
      expect(stored.assignee ?? null).toBeNull()
    })
  })

  describe('sign-off by the assignee only', () => {
    it('refuses other reviewers with a 403 naming the assignee; the assignee signs', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer2.id,
      })
      const status = await request(spec.app.server)
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(spec.team.reviewer.token))
      expect(status.body.actions.map((a: { action: string }) => a.action)).not.toContain('sign-off')
      expect(status.body.assignment).toMatchObject({ assigneeName: 'Sam Second' })
      expect(status.body.canAssign).toBe(false)
      const asEditor = await request(spec.app.server)
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(asEditor.body.canAssign).toBe(true)
      expect(
        asEditor.body.assignableReviewers.map((reviewer: { name: string }) => reviewer.name),
      ).toEqual(expect.arrayContaining(['Jane Doe', 'Sam Second']))

      const other = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      expect(other.status).toBe(403)
      expect(other.body.errors[0].message).toMatch(/assigned to Sam Second/)
      expect((await latest(id)).workflowState).toBe('in_review')
      expect(await signaturesOf(id)).toBe(0)

      const assignee = await act(spec.app.server, spec.team.reviewer2, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer2.password,
      })
      expect(assignee.status).toBe(200)
      expect(await signaturesOf(id)).toBe(1)
    })

    it('lets any eligible reviewer sign when nobody is assigned', async () => {
      const id = await newFaq()
      // The writer's panel offers the pharmacists who may sign it, to submit to one of them.
      const status = await request(spec.app.server)
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(spec.team.writer.token))
      expect(status.body.actions).toEqual([
        { action: 'submit', label: 'Submit for review', input: 'assign' },
      ])
      expect(
        status.body.assignableReviewers.map((reviewer: { id: string }) => reviewer.id),
      ).toEqual(expect.arrayContaining([spec.team.reviewer.id, spec.team.reviewer2.id]))
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      const signed = await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      expect(signed.status).toBe(200)
    })

    it('keeps the assignee when resubmitted after changes, not for a later review', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer2.id,
      })
      await act(spec.app.server, spec.team.reviewer2, 'faqs', id, 'request-changes', {
        comment: 'Shorter, please.',
      })
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      expect((await latest(id)).assignee).toBe(spec.team.reviewer2.id)

      const published = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', published, 'submit', {
        assignee: spec.team.reviewer.id,
      })
      await act(spec.app.server, spec.team.reviewer, 'faqs', published, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      await act(spec.app.server, spec.team.editor, 'faqs', published, 'publish')
      // A year on, the periodic re-review starts without the old assignment.
      const again = await act(spec.app.server, spec.team.writer, 'faqs', published, 'submit')
      expect(again.status).toBe(200)
      expect((await latest(published)).assignee ?? null).toBeNull()
    })
  })

  describe('POST /api/{collection}/{id}/workflow/assign', () => {
    it('lets editors and admins reassign before sign-off, audited, and only then', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer.id,
      })
      expect((await assign(undefined, id, { assignee: spec.team.reviewer2.id })).status).toBe(401)
      for (const role of ['writer', 'reviewer', 'reviewer2'] as const) {
        const refused = await assign(spec.team[role], id, { assignee: spec.team.reviewer2.id })
        expect(refused.status).toBe(403)
      }
      expect((await latest(id)).assignee).toBe(spec.team.reviewer.id)

      const dueAt = inDays(2)
      const reassigned = await assign(spec.team.editor, id, {
        assignee: spec.team.reviewer2.id,
        dueAt,
      })
      expect(reassigned.status).toBe(200)
      expect(reassigned.body.message).toMatch(/Sam Second/)
      const stored = await latest(id)
      expect(stored.assignee).toBe(spec.team.reviewer2.id)
      expect(new Date(stored.dueAt!).toISOString()).toBe(dueAt)
      const { docs: audit } = await spec.app.payload.find({
        collection: 'audit-log',
        where: { and: [{ documentId: { equals: id } }, { action: { equals: 'assign' } }] },
        depth: 0,
      })
      expect(audit).toHaveLength(1)
      expect(audit[0].actor).toBe(spec.team.editor.id)

      const formerAssignee = await act(
        spec.app.server,
        spec.team.reviewer,
        'faqs',
        id,
        'sign-off',
        {
          password: spec.team.reviewer.password,
        },
      )
      expect(formerAssignee.status).toBe(403)
      const byAdmin = await assign(spec.team.admin, id, { assignee: spec.team.reviewer.id })
      expect(byAdmin.status).toBe(200)
      await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      const afterSignOff = await assign(spec.team.editor, id, { assignee: spec.team.reviewer2.id })
      expect(afterSignOff.status).toBe(409)
      expect((await latest(id)).assignee).toBe(spec.team.reviewer.id)
    })

    it('refuses an ineligible assignee or a missing one with a 400 naming the field', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      const missing = await assign(spec.team.editor, id, {})
      expect(missing.status).toBe(400)
      expect(errorOn(missing.body, 'assignee')).toBeDefined()
      const writer = await assign(spec.team.editor, id, { assignee: spec.team.writer.id })
      expect(writer.status).toBe(400)
      expect(errorOn(writer.body, 'assignee')).toMatch(/not a pharmacist/)
      expect((await latest(id)).assignee ?? null).toBeNull()
    })

    it('is a GraphQL mutation with the same rules', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      const mutation = (member: Member) =>
        request(spec.app.server)
          .post('/api/graphql')
          .set('Authorization', bearer(member.token))
          .send({
            query:
              'mutation ($id: String!, $assignee: String!) { workflowAssign(collection: faqs, id: $id, assignee: $assignee) { state message } }',
            variables: { id, assignee: spec.team.reviewer2.id },
          })
      const byWriter = await mutation(spec.team.writer)
      expect(byWriter.body.errors[0].extensions.statusCode).toBe(403)
      const byEditor = await mutation(spec.team.editor)
      expect(byEditor.body.errors).toBeUndefined()
      expect((await latest(id)).assignee).toBe(spec.team.reviewer2.id)
    })

    it('two editors reassigning at once leave one consistent assignment', async () => {
      const id = await newFaq()
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      const secondEditor = await createUser(spec.app.payload, 'editor')
      const token = await loginToken(spec.app.server, secondEditor.email, secondEditor.password)
      const results = await Promise.all([
        assign(spec.team.editor, id, { assignee: spec.team.reviewer.id }),
        assign({ token } as Member, id, { assignee: spec.team.reviewer2.id }),
      ])
      expect(results.every((response) => [200, 409].includes(response.status))).toBe(true)
      const stored = await latest(id)
      expect([spec.team.reviewer.id, spec.team.reviewer2.id]).toContain(stored.assignee)
      expect(stored.workflowState).toBe('in_review')
    })
  })

  describe('other write paths', () => {
    it('a version restore keeps the current assignment; a duplicate starts unassigned', async () => {
      const id = await newFaq('Restored?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer.id,
      })
      await assign(spec.team.editor, id, { assignee: spec.team.reviewer2.id })
      const { docs } = await spec.app.payload.findVersions({
        collection: 'faqs',
        where: { parent: { equals: id } },
        sort: 'createdAt',
        depth: 0,
      })
      // The version from when the review was assigned to the first reviewer.
      const older = docs.find((version) => version.version.assignee === spec.team.reviewer.id)
      const restored = await request(spec.app.server)
        .post(`/api/faqs/versions/${older!.id}`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(restored.status).toBe(200)
      expect((await latest(id)).assignee).toBe(spec.team.reviewer2.id)

      const duplicated = await request(spec.app.server)
        .post(`/api/faqs/${id}/duplicate`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(duplicated.status).toBe(200)
      const copy = await latest(String(duplicated.body.doc.id))
      expect(copy.assignee ?? null).toBeNull()
      expect(copy.dueAt ?? null).toBeNull()
    })

    it('ignores an assignee sent in a plain update (REST, bulk, GraphQL)', async () => {
      const id = await newFaq('Self-assigned?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      await request(spec.app.server)
        .patch(`/api/faqs/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ assignee: spec.team.reviewer2.id, dueAt: inDays(1) })
      await request(spec.app.server)
        .patch(`/api/faqs?draft=true&where[id][equals]=${id}`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ assignee: spec.team.reviewer2.id })
      await request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.editor.token))
        .send({
          query: `mutation { updateFaq(id: "${id}", draft: true, data: { assignee: "${spec.team.reviewer2.id}" }) { id } }`,
        })
      const stored = await latest(id)
      expect(stored.assignee ?? null).toBeNull()
      expect(stored.dueAt ?? null).toBeNull()
    })
  })

  describe('review queue order', () => {
    it('lists assignments past their due date first', async () => {
      const onTime = await newFaq('On time?')
      const late = await newFaq('Late?')
      for (const id of [onTime, late]) {
        await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
          assignee: spec.team.reviewer2.id,
          dueAt: inDays(5),
        })
      }
      // Fixture: the due date of one assignment has passed (the API refuses past dates).
      await spec.app.payload.update({
        collection: 'faqs',
        id: late,
        draft: true,
        data: { dueAt: new Date(Date.now() - DAY).toISOString() },
      })
      const response = await queue(spec.team.reviewer2, '?assigned=me')
      const ids = response.body.inReview.map((item: { id: string }) => item.id)
      expect(ids.indexOf(late)).toBe(0)
      expect(ids).toContain(onTime)
    })
  })
})
