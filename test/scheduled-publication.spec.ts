import { afterAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { ReviewableCollection } from '../src/workflow/states'
import type { Member } from './helpers/team'

import { createDisclaimer } from './helpers/content'
import { readLatest, readLive, saveDraft } from './helpers/revisions'
import {
  auditEntries,
  inAnHour,
  makeScheduleDue,
  runDueSchedules,
  scheduleCall,
  scheduleOf,
} from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { LOOPBACK_RECEIVERS, useWebhookSubscriber } from './helpers/webhookReceiver'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

const DAY = 24 * 3600 * 1000

describe('scheduled publication, pinned to a signature', () => {
  const spec = useTeamApp(LOOPBACK_RECEIVERS)
  const webhooks = useWebhookSubscriber(spec, ['publish', 'withdraw', 'publish.failed'])

  const server = () => spec.app.server
  const payload = () => spec.app.payload
  const faq = (id: string) => ({ collection: 'faqs' as const, id, action: 'schedule' as const })

  const approvedFaq = async (question: string, extra: Record<string, unknown> = {}) => {
    const id = await createAs(server(), spec.team.writer, 'faqs', {
      ...faqData(question),
      ...extra,
    })
    await approve(server(), 'faqs', id, spec.team.writer, spec.team.reviewer)
    return id
  }

  const schedule = async (collection: ReviewableCollection, id: string, body = {}) => {
    const response = await scheduleCall(
      server(),
      spec.team.editor,
      'post',
      { collection, id, action: 'schedule' },
      { publishAt: inAnHour(), ...body },
    )
    expect(response.status).toBe(200)
    return String(response.body.scheduleId)
  }

  const webhookEvents = () => webhooks.events()

  it('publishes exactly the signed version when a newer draft was saved since; the draft stays on top in its own review', async () => {
    const id = await approvedFaq('Can baclofen be taken at night (v1)?')
    const scheduleId = await schedule('faqs', id, { note: 'Night-time dosing' })
    const signed = await readLatest(server(), spec.team.editor, 'faqs', id)

    // Approved content is the editors' to change; the change is a new draft needing its own review.
    const v2 = await saveDraft(server(), spec.team.editor, 'faqs', id, {
      question: 'Can baclofen be taken at night (v2)?',
    })
    expect(v2.status).toBe(200)
    expect((await act(server(), spec.team.editor, 'faqs', id, 'submit')).status).toBe(200)
    expect((await readLive(server(), 'faqs', id)).status).toBe(404)

    await makeScheduleDue(payload(), scheduleId)
    await runDueSchedules(payload())

    const live = await readLive(server(), 'faqs', id)
    expect(live.status).toBe(200)
    expect(live.body.question).toBe('Can baclofen be taken at night (v1)?')
    expect(live.body.lastSignature).toBe(signed.lastSignature ?? live.body.lastSignature)
    expect(live.body.updateLog[0].note).toBe('Night-time dosing')
    const latest = await readLatest(server(), spec.team.editor, 'faqs', id)
    expect(latest.question).toBe('Can baclofen be taken at night (v2)?')
    expect(latest._status).toBe('draft')
    expect(latest.workflowState).toBe('in_review')
    // The draft on top carries the new publication's record, so its own publication continues it.
    expect(latest.firstPublishedAt).toBe(live.body.firstPublishedAt)
    expect(latest.updateLog).toHaveLength(1)

    const done = await scheduleOf(payload(), scheduleId)
    expect(done.status).toBe('done')
    const [published] = await auditEntries(payload(), id, 'publish')
    expect(published.details).toMatchObject({ scheduleId, pinnedVersionId: done.versionId })
    const events = await webhookEvents()
    expect(events.some((event) => event.event === 'publish' && event.id === id)).toBe(true)

    // Its own review goes on: signed and published, v2 replaces v1.
    const signedV2 = await act(server(), spec.team.reviewer, 'faqs', id, 'sign-off', {
      password: spec.team.reviewer.password,
    })
    expect(signedV2.status).toBe(200)
    expect((await act(server(), spec.team.editor, 'faqs', id, 'publish')).status).toBe(200)
    const after = await readLive(server(), 'faqs', id)
    expect(after.body.question).toBe('Can baclofen be taken at night (v2)?')
    expect(after.body.updateLog).toHaveLength(2)
  })

  it('publishes the signed version when nothing was drafted on top of it', async () => {
    const id = await approvedFaq('Does baclofen cause drowsiness?')
    const scheduleId = await schedule('faqs', id)
    await makeScheduleDue(payload(), scheduleId)
    await runDueSchedules(payload())
    const latest = await readLatest(server(), spec.team.editor, 'faqs', id)
    expect(latest._status).toBe('published')
    expect(latest.workflowState).toBe('published')
    expect((await readLive(server(), 'faqs', id)).body.question).toBe(
      'Does baclofen cause drowsiness?',
    )
  })

  it('is done without a failure when an editor published the signed version by hand first', async () => {
    const id = await approvedFaq('Can baclofen be taken with food?')
    const scheduleId = await schedule('faqs', id)
    expect((await act(server(), spec.team.editor, 'faqs', id, 'publish')).status).toBe(200)
    await makeScheduleDue(payload(), scheduleId)
    await runDueSchedules(payload())
    const done = await scheduleOf(payload(), scheduleId)
    expect(done.status).toBe('done')
    expect(JSON.stringify(done.problems)).toContain('published by hand')
    expect(await auditEntries(payload(), id, 'schedule-failed')).toHaveLength(0)
    expect(await auditEntries(payload(), id, 'publish')).toHaveLength(1)
  })

  it('fails once, and is not tried again, when its document was deleted meanwhile', async () => {
    const id = await approvedFaq('Is baclofen sold over the counter?')
    const scheduleId = await schedule('faqs', id)
    await payload().delete({ collection: 'faqs', id })
    await makeScheduleDue(payload(), scheduleId)
    await runDueSchedules(payload())
    await runDueSchedules(payload())
    const failed = await scheduleOf(payload(), scheduleId)
    expect(failed.status).toBe('failed')
    expect(JSON.stringify(failed.problems)).toContain('no longer in the history')
    expect(await auditEntries(payload(), id, 'schedule-failed')).toHaveLength(1)
  })

  describe('when the pinned version no longer meets the gate, publishes nothing and says why', () => {
    const failures: {
      name: string
      requirement: string
      expected: string
      prepare: () => Promise<{ collection: ReviewableCollection; id: string }>
    }[] = [
      {
        name: 'a signature voided by a withdrawal',
        requirement: 'signature-valid',
        expected: 'it needs a new review',
        prepare: async () => {
          const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
          await publishThroughWorkflow(server(), 'faqs', id, spec.team)
          await saveDraft(server(), spec.team.writer, 'faqs', id, {
            question: `Revised question ${Date.now()}?`,
          })
          await approve(server(), 'faqs', id, spec.team.writer, spec.team.reviewer)
          await schedule('faqs', id)
          const withdrawn = await act(server(), spec.team.editor, 'faqs', id, 'withdraw', {
            reason: 'Label change under review',
          })
          expect(withdrawn.status).toBe(200)
          return { collection: 'faqs', id }
        },
      },
      {
        name: "a signer's licence that was not valid at signing",
        requirement: 'signer-licence',
        expected: 'licence was not valid when they signed',
        prepare: async () => {
          const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
          await approve(server(), 'faqs', id, spec.team.writer, spec.team.reviewer2)
          await schedule('faqs', id)
          // The licence record is corrected afterwards: it had lapsed before the signature.
          await payload().update({
            collection: 'users',
            id: spec.team.reviewer2.id,
            data: { licenceExpiresAt: new Date(Date.now() - DAY).toISOString() },
          })
          return { collection: 'faqs', id }
        },
      },
      {
        name: 'a withdrawn disclaimer',
        requirement: 'disclaimer',
        expected: 'publish the disclaimer',
        prepare: async () => {
          const disclaimer = await createDisclaimer(payload(), { _status: 'published' })
          const id = await approvedFaq(`Is baclofen addictive ${Date.now()}?`, {
            disclaimer: disclaimer.id,
          })
          await schedule('faqs', id)
          await payload().update({
            collection: 'disclaimers',
            id: disclaimer.id,
            data: { _status: 'draft' },
          })
          return { collection: 'faqs', id }
        },
      },
      {
        name: 'an unpublished linked FAQ',
        requirement: 'linked-published',
        expected: 'publish the linked faqs',
        prepare: async () => {
          const child = await approvedFaq(`Can I drive on baclofen ${Date.now()}?`)
          const { articleData } = await import('./helpers/content')
          const id = await createAs(
            server(),
            spec.team.writer,
            'articles',
            articleData({ faqs: [child] }),
          )
          await approve(server(), 'articles', id, spec.team.writer, spec.team.reviewer)
          await schedule('articles', id)
          return { collection: 'articles', id }
        },
      },
      {
        name: 'a linked FAQ revised and republished after the article was signed',
        requirement: 'rendition',
        expected: 'the page differs from what Jane Doe, PharmD, RPh signed: the FAQ',
        prepare: async () => {
          const child = await createAs(server(), spec.team.writer, 'faqs', faqData())
          await publishThroughWorkflow(server(), 'faqs', child, spec.team)
          const { articleData, richText } = await import('./helpers/content')
          const id = await createAs(
            server(),
            spec.team.writer,
            'articles',
            articleData({ faqs: [child] }),
          )
          await approve(server(), 'articles', id, spec.team.writer, spec.team.reviewer)
          await schedule('articles', id)
          await saveDraft(server(), spec.team.writer, 'faqs', child, {
            answer: richText('Take it with food.'),
          })
          await publishThroughWorkflow(server(), 'faqs', child, spec.team)
          return { collection: 'articles', id }
        },
      },
      {
        name: 'an overdue review',
        requirement: 'review-current',
        expected: 'the review is overdue',
        prepare: async () => {
          const id = await approvedFaq(`How long does baclofen last ${Date.now()}?`)
          await schedule('faqs', id)
          const { docs } = await payload().find({
            collection: 'signatures',
            where: { documentId: { equals: id } },
          })
          // The clock: the signature is from long ago (the review interval has passed since).
          await payload().db.updateOne({
            collection: 'signatures',
            where: { id: { equals: docs[0].id } },
            data: { signedAt: new Date(Date.now() - 400 * DAY).toISOString() },
          })
          return { collection: 'faqs', id }
        },
      },
    ]

    afterAll(async () => {
      await payload().update({
        collection: 'users',
        id: spec.team.reviewer2.id,
        data: { licenceExpiresAt: new Date(Date.now() + 365 * DAY).toISOString() },
      })
    })

    it.each(failures.map((failure) => [failure.name, failure] as const))(
      'with %s',
      async (_name, failure) => {
        const subject = await failure.prepare()
        const liveBefore = (await readLive(server(), subject.collection, subject.id)).body
        const { docs } = await payload().find({
          collection: 'schedules',
          where: { documentId: { equals: subject.id } },
        })
        const scheduleId = String(docs[0].id)
        await makeScheduleDue(payload(), scheduleId)
        await runDueSchedules(payload())

        expect((await readLive(server(), subject.collection, subject.id)).body).toEqual(liveBefore)
        const failed = await scheduleOf(payload(), scheduleId)
        expect(failed.status).toBe('failed')
        expect(JSON.stringify(failed.problems)).toContain(failure.expected)
        const [audit] = await auditEntries(payload(), subject.id, 'schedule-failed')
        expect(audit.comment).toContain(failure.expected)
        expect(audit.details).toMatchObject({ scheduleId })
        const events = await webhookEvents()
        const failedEvent = events.find(
          (event) => event.event === 'publish.failed' && event.id === subject.id,
        )
        expect(failedEvent?.requirements).toContain(failure.requirement)
        expect(JSON.stringify(failedEvent)).not.toContain(failure.expected)
        const emails = await payload().find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'sendEmail' } },
          pagination: false,
        })
        const toEditor = emails.docs.filter(
          (job) =>
            (job.input as { to?: string }).to === spec.team.editor.email &&
            String((job.input as { text?: string }).text).includes(failure.expected),
        )
        expect(toEditor.length).toBeGreaterThan(0)
      },
    )
  })

  describe('who may schedule and cancel', () => {
    const graphql = (member: Member, query: string) =>
      request(server())
        .post('/api/graphql')
        .set('Authorization', bearer(member.token))
        .send({ query })

    it.each(['writer', 'reviewer'] as const)(
      'refuses a %s scheduling or cancelling, over REST and GraphQL; nothing is stored',
      async (role) => {
        const id = await approvedFaq(`Can children take baclofen ${role}?`)
        const rest = await scheduleCall(server(), spec.team[role], 'post', faq(id), {
          publishAt: inAnHour(),
        })
        expect(rest.status).toBe(403)
        const viaGraphql = await graphql(
          spec.team[role],
          `mutation { workflowSchedule(collection: faqs, id: "${id}", publishAt: "${inAnHour()}") { scheduleId } }`,
        )
        expect(viaGraphql.body.errors[0].message).toMatch(/Only editor or admin/)
        expect(
          (
            await payload().count({
              collection: 'schedules',
              where: { documentId: { equals: id } },
            })
          ).totalDocs,
        ).toBe(0)

        const scheduleId = await schedule('faqs', id)
        expect((await scheduleCall(server(), spec.team[role], 'delete', faq(id))).status).toBe(403)
        const cancel = await graphql(
          spec.team[role],
          `mutation { workflowCancelSchedule(collection: faqs, id: "${id}") { message } }`,
        )
        expect(cancel.body.errors[0].message).toMatch(/Only editor or admin/)
        expect((await scheduleOf(payload(), scheduleId)).status).toBe('scheduled')
      },
    )

    it('refuses anonymous callers', async () => {
      const id = await approvedFaq('Is baclofen a muscle relaxant?')
      const response = await scheduleCall(server(), undefined, 'post', faq(id), {
        publishAt: inAnHour(),
      })
      expect(response.status).toBe(401)
    })

    it('lets an editor schedule and cancel over GraphQL; a cancelled schedule publishes nothing', async () => {
      const id = await approvedFaq('Should baclofen be stopped slowly?')
      const scheduled = await graphql(
        spec.team.editor,
        `mutation { workflowSchedule(collection: faqs, id: "${id}", publishAt: "${inAnHour()}", note: "New advice") { scheduleId scheduledAt } }`,
      )
      expect(scheduled.body.errors).toBeUndefined()
      const scheduleId = scheduled.body.data.workflowSchedule.scheduleId
      const status = await request(server())
        .get(`/api/faqs/${id}/workflow`)
        .set('Authorization', bearer(spec.team.editor.token))
      expect(status.body.schedules).toEqual([
        expect.objectContaining({
          kind: 'publish',
          note: 'New advice',
          signature: expect.objectContaining({ printedName: expect.any(String) }),
        }),
      ])
      expect(status.body.canSchedule.publish).toBe(true)

      const cancelled = await graphql(
        spec.team.editor,
        `mutation { workflowCancelSchedule(collection: faqs, id: "${id}") { message } }`,
      )
      expect(cancelled.body.errors).toBeUndefined()
      const stored = await scheduleOf(payload(), scheduleId)
      expect(stored.status).toBe('cancelled')
      expect((await auditEntries(payload(), id, 'schedule-cancelled')).length).toBe(1)
      await payload().update({
        collection: 'schedules',
        id: scheduleId,
        data: { at: new Date(Date.now() - 1000).toISOString() },
      })
      await runDueSchedules(payload())
      expect((await readLive(server(), 'faqs', id)).status).toBe(404)
    })

    it('answers 400 naming the field for a time in the past or not a time', async () => {
      const id = await approvedFaq('Can baclofen be crushed?')
      for (const publishAt of [new Date(Date.now() - DAY).toISOString(), 'next tuesday', 42]) {
        const response = await scheduleCall(server(), spec.team.editor, 'post', faq(id), {
          publishAt,
        })
        expect(response.status).toBe(400)
        expect(response.body.errors[0].data.errors[0].path).toBe('publishAt')
      }
    })

    it('refuses (409) to schedule content that is not approved, or a second publication', async () => {
      const draft = await createAs(server(), spec.team.writer, 'faqs', faqData())
      const notApproved = await scheduleCall(server(), spec.team.editor, 'post', faq(draft), {
        publishAt: inAnHour(),
      })
      expect(notApproved.status).toBe(409)
      expect(notApproved.body.errors[0].message).toContain('needs it approved')

      const id = await approvedFaq('Can baclofen cause seizures when stopped?')
      await schedule('faqs', id)
      const second = await scheduleCall(server(), spec.team.editor, 'post', faq(id), {
        publishAt: inAnHour(),
      })
      expect(second.status).toBe(409)
      expect(second.body.errors[0].message).toContain('cancel it first')
    })

    it('keeps one pending publication when editors schedule the same document at once', async () => {
      const id = await approvedFaq('Can baclofen be split?')
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          scheduleCall(server(), spec.team.editor, 'post', faq(id), { publishAt: inAnHour() }),
        ),
      )
      const statuses = responses.map((response) => response.status).sort()
      expect(statuses).toEqual([200, 409, 409, 409])
      const pending = await payload().count({
        collection: 'schedules',
        where: { and: [{ documentId: { equals: id } }, { status: { equals: 'scheduled' } }] },
      })
      expect(pending.totalDocs).toBe(1)
    })

    it('keeps schedules out of reach of clients: no create or update over REST', async () => {
      const created = await request(server())
        .post('/api/schedules')
        .set('Authorization', bearer(spec.team.admin.token))
        .send({ kind: 'publish', collectionSlug: 'faqs', documentId: 'x', at: inAnHour() })
      expect(created.status).toBe(403)
      const asConsumer = await request(server()).get('/api/schedules')
      expect(asConsumer.status).toBe(403)
    })
  })

  describe('scheduled withdrawal', () => {
    const withdrawal = (id: string) => ({
      collection: 'faqs' as const,
      id,
      action: 'schedule-withdraw' as const,
    })

    it('takes the live version off at its time, audited with the reason', async () => {
      const id = await createAs(server(), spec.team.writer, 'faqs', faqData())
      await publishThroughWorkflow(server(), 'faqs', id, spec.team)
      const refused = await scheduleCall(server(), spec.team.writer, 'post', withdrawal(id), {
        at: inAnHour(),
        reason: 'Time-limited advice',
      })
      expect(refused.status).toBe(403)
      const response = await scheduleCall(server(), spec.team.editor, 'post', withdrawal(id), {
        at: inAnHour(),
        reason: 'Time-limited advice',
      })
      expect(response.status).toBe(200)
      expect((await readLive(server(), 'faqs', id)).status).toBe(200)

      await makeScheduleDue(payload(), response.body.scheduleId)
      await runDueSchedules(payload())

      expect((await readLive(server(), 'faqs', id)).status).toBe(404)
      const [audit] = await auditEntries(payload(), id, 'withdraw')
      expect(audit.comment).toBe('Time-limited advice')
      expect(audit.details).toMatchObject({ scheduleId: response.body.scheduleId })
      expect((await readLatest(server(), spec.team.editor, 'faqs', id)).workflowState).toBe(
        'withdrawn',
      )
    })

    it('refuses (409) to schedule withdrawing what is not live, and 400 without a reason', async () => {
      const id = await approvedFaq('Is baclofen safe in pregnancy?')
      const notLive = await scheduleCall(server(), spec.team.editor, 'post', withdrawal(id), {
        at: inAnHour(),
        reason: 'Expires',
      })
      expect(notLive.status).toBe(409)
      const noReason = await scheduleCall(server(), spec.team.editor, 'post', withdrawal(id), {
        at: inAnHour(),
      })
      expect(noReason.status).toBe(400)
      expect(noReason.body.errors[0].data.errors[0].path).toBe('reason')
    })
  })

  it("refuses Payload's own admin schedule-publish server function, even for an editor", async () => {
    const { createLocalReq } = await import('payload')
    const { refuseUnpinnedSchedule } = await import('../src/admin/serverFunctions')
    const id = await approvedFaq('Does baclofen interact with alcohol?')
    const result = (await refuseUnpinnedSchedule({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'faqs', value: id },
      req: await createLocalReq(
        { user: { ...spec.team.editor, collection: 'users' } as never },
        payload(),
      ),
    } as never)) as { error?: string }
    expect(result.error).toMatch(/workflow panel/)
    expect(
      (
        await payload().count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'schedulePublish' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
