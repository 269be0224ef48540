import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import request from 'supertest'

import type { Member } from './helpers/team'

import { changeThread, commentsOn } from './helpers/reviewComments'
import { freePort, type SmtpInbox, startSmtpInbox } from './helpers/smtpInbox'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { LOOPBACK_RECEIVERS, startWebhookReceiver } from './helpers/webhookReceiver'
import { act, createAs, faqData } from './helpers/workflow'

const SERVER_URL = 'https://cms.example.test'
const DAY = 24 * 3600 * 1000

describe('email notifications (through a real SMTP server)', () => {
  let inbox: SmtpInbox
  const env: Record<string, string> = { ...LOOPBACK_RECEIVERS }

  // Before the app starts, so SMTP_URL points at the inbox.
  beforeAll(async () => {
    inbox = await startSmtpInbox(await freePort())
    Object.assign(env, {
      SMTP_URL: inbox.url,
      EMAIL_FROM: 'MedReview Test <cms@example.test>',
      SERVER_URL,
    })
  })
  const spec = useTeamApp(env)

  afterAll(async () => {
    await inbox?.close()
  })

  beforeEach(() => {
    inbox.clear()
  })

  /** What the jobs queue's cron does every minute: send what is queued (and what that queues). */
  const sendQueued = async () => {
    for (let pass = 0; pass < 3; pass += 1) {
      await spec.app.payload.jobs.run({ queue: 'notifications' })
    }
  }

  /** Sends what earlier steps queued and forgets it, so a test looks at one event's emails. */
  const startAfresh = async () => {
    await sendQueued()
    inbox.clear()
  }

  const emailsTo = (member: Member) => inbox.to(member.email)
  const recipients = () => [...new Set(inbox.received.flatMap((mail) => mail.to))].sort()
  const addresses = (...members: Member[]) => members.map((m) => m.email.toLowerCase()).sort()
  const link = (id: string) => `${SERVER_URL}/admin/collections/faqs/${id}`

  const newFaq = (question: string) =>
    createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))

  describe('who is told what', () => {
    it('submitted without an assignee: every pharmacist who may sign, from EMAIL_FROM, with a link', async () => {
      const id = await newFaq('Submitted to all?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', { comment: 'Ready.' })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.reviewer, spec.team.reviewer2))
      const [mail] = emailsTo(spec.team.reviewer)
      expect(mail.from).toMatch(/^"?MedReview Test"? <cms@example\.test>$/)
      expect(mail.subject).toBe('[MedReview] Review requested: Submitted to all?')
      expect(mail.text).toContain(`submitted for review "Submitted to all?"`)
      expect(mail.text).toContain('"Ready."')
      expect(mail.text).toContain(link(id))
    })

    it('submitted or reassigned to one pharmacist: only them', async () => {
      const id = await newFaq('Submitted to one?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer2.id,
        dueAt: new Date(Date.now() + 3 * DAY).toISOString(),
      })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.reviewer2))
      expect(emailsTo(spec.team.reviewer2)[0].text).toMatch(
        /review due by \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/,
      )

      await startAfresh()
      const reassigned = await request(spec.app.server)
        .post(`/api/faqs/${id}/workflow/assign`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ assignee: spec.team.reviewer.id })
      expect(reassigned.status).toBe(200)
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.reviewer))
      const [mail] = emailsTo(spec.team.reviewer)
      expect(mail.subject).toBe('[MedReview] Assigned to you for review: Submitted to one?')
      expect(mail.text).toContain(spec.team.editor.email)
      expect(mail.text).toContain(link(id))
    })

    it('changes requested and comments: the author, contributors and thread, never the commenter', async () => {
      const id = await newFaq('Commented?')
      // The editor's edit makes them a contributor.
      await request(spec.app.server)
        .patch(`/api/faqs/${id}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ question: 'Commented, edited?' })
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      await startAfresh()
      await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'request-changes', {
        comment: 'Name the dose.',
        field: 'answer',
      })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.writer, spec.team.editor))
      const [changes] = emailsTo(spec.team.writer)
      expect(changes.subject).toBe('[MedReview] Changes requested: Commented, edited?')
      expect(changes.text).toContain(
        'Jane Doe requested changes on "Commented, edited?" (on Answer)',
      )
      expect(changes.text).toContain('"Name the dose."')

      await startAfresh()
      const [thread] = await commentsOn(spec.app.server, spec.team.writer, 'faqs', id)
      await request(spec.app.server)
        .post('/api/review-comments')
        .set('Authorization', bearer(spec.team.writer.token))
        .send({ thread: thread.id, comment: '10 mg three times a day.' })
      await sendQueued()
      // The reviewer who opened the thread hears the answer; the writer who wrote it does not.
      expect(recipients()).toEqual(addresses(spec.team.editor, spec.team.reviewer))
      const [comment] = emailsTo(spec.team.editor)
      expect(comment.subject).toBe('[MedReview] New review comment: Commented, edited?')
      expect(comment.text).toContain('"10 mg three times a day."')
      expect(comment.text).toContain(link(id))
    })

    it('signed off: the editors; published and withdrawn: the author', async () => {
      const id = await newFaq('Signed?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      await startAfresh()
      await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'sign-off', {
        password: spec.team.reviewer.password,
      })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.editor))
      expect(emailsTo(spec.team.editor)[0].subject).toBe(
        '[MedReview] Signed off, ready to publish: Signed?',
      )

      await startAfresh()
      await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.writer))
      expect(emailsTo(spec.team.writer)[0].subject).toBe('[MedReview] Published: Signed?')

      await startAfresh()
      await act(spec.app.server, spec.team.editor, 'faqs', id, 'withdraw', {
        reason: 'Label changed.',
      })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.writer))
      const [withdrawn] = emailsTo(spec.team.writer)
      expect(withdrawn.subject).toBe('[MedReview] Withdrawn: Signed?')
      expect(withdrawn.text).toContain('"Label changed."')
    })

    it('the daily digest: editors get every overdue item, assignees their own past-due ones', async () => {
      const late = await newFaq('Late assignment?')
      await act(spec.app.server, spec.team.writer, 'faqs', late, 'submit', {
        assignee: spec.team.reviewer2.id,
      })
      // Fixture: time has passed beyond the assignment's due date.
      await spec.app.payload.update({
        collection: 'faqs',
        id: late,
        draft: true,
        data: { dueAt: new Date(Date.now() - DAY).toISOString() },
      })
      await startAfresh()
      await spec.app.payload.jobs.queue({ task: 'reviewDigest', queue: 'notifications', input: {} })
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.editor, spec.team.reviewer2))
      const [digest] = emailsTo(spec.team.reviewer2)
      expect(digest.subject).toMatch(/Daily review digest: 1 item/)
      expect(digest.text).toContain('"Late assignment?"')
      expect(digest.text).toContain(link(late))
    })
  })

  describe('preferences', () => {
    it('lets each person switch a kind of email off; admins see who gets what', async () => {
      const off = await request(spec.app.server)
        .patch(`/api/users/${spec.team.reviewer2.id}`)
        .set('Authorization', bearer(spec.team.reviewer2.token))
        .send({ emailNotifications: { reviewRequests: false } })
      expect(off.status).toBe(200)

      const asAdmin = await request(spec.app.server)
        .get(`/api/users/${spec.team.reviewer2.id}`)
        .set('Authorization', bearer(spec.team.admin.token))
      expect(asAdmin.body.emailNotifications).toMatchObject({
        reviewRequests: false,
        comments: true,
        digest: true,
      })
      const asWriter = await request(spec.app.server)
        .get(`/api/users/${spec.team.reviewer2.id}`)
        .set('Authorization', bearer(spec.team.writer.token))
      expect(asWriter.status).not.toBe(200)

      const id = await newFaq('Preferences?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      await sendQueued()
      expect(recipients()).toEqual(addresses(spec.team.reviewer))

      await request(spec.app.server)
        .patch(`/api/users/${spec.team.reviewer2.id}`)
        .set('Authorization', bearer(spec.team.reviewer2.token))
        .send({ emailNotifications: { reviewRequests: true } })
    })
  })

  describe('when the SMTP server is down', () => {
    it('the action succeeds; the email is retried and delivered once the server is back', async () => {
      const port = inbox.port
      await inbox.close()
      const id = await newFaq('SMTP down?')
      const submitted = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
        assignee: spec.team.reviewer.id,
      })
      expect(submitted.status).toBe(200)
      expect(
        (await spec.app.payload.findByID({ collection: 'faqs', id, draft: true })).workflowState,
      ).toBe('in_review')

      await spec.app.payload.jobs.run({ queue: 'notifications' })
      const { docs: failed } = await spec.app.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendEmail' } }, { completedAt: { exists: false } }] },
        depth: 0,
      })
      expect(failed).toHaveLength(1)
      expect(failed[0].totalTried).toBeGreaterThanOrEqual(1)
      expect(failed[0].hasError).not.toBe(true)
      expect(new Date(failed[0].waitUntil!).getTime()).toBeGreaterThan(Date.now())

      inbox = await startSmtpInbox(port)
      // Fixture: the retry's backoff has passed.
      await spec.app.payload.update({
        collection: 'payload-jobs',
        id: failed[0].id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
      await sendQueued()
      await sendQueued()
      expect(inbox.received).toHaveLength(1)
      expect(emailsTo(spec.team.reviewer)[0].subject).toBe(
        '[MedReview] Review requested: SMTP down?',
      )
    })
  })

  describe('webhook events', () => {
    it('sends review.submitted, review.assigned, review.changes_requested and comment.created, signed, without content', async () => {
      const receiver = await startWebhookReceiver(200)
      const secret = randomBytes(24).toString('hex')
      spec.app.knownSecrets.push(secret)
      const created = await request(spec.app.server)
        .post('/api/webhooks')
        .set('Authorization', bearer(spec.team.admin.token))
        .send({
          name: 'Team chat',
          url: receiver.url,
          secret,
          events: [
            'review.submitted',
            'review.assigned',
            'review.changes_requested',
            'comment.created',
          ],
        })
      expect(created.status).toBe(201)

      const id = await newFaq('Webhook events?')
      await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit')
      await request(spec.app.server)
        .post(`/api/faqs/${id}/workflow/assign`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ assignee: spec.team.reviewer.id })
      await act(spec.app.server, spec.team.reviewer, 'faqs', id, 'request-changes', {
        comment: 'Private reviewer note.',
      })
      const [thread] = await commentsOn(spec.app.server, spec.team.writer, 'faqs', id)
      await request(spec.app.server)
        .post('/api/review-comments')
        .set('Authorization', bearer(spec.team.writer.token))
        .send({ thread: thread.id, comment: 'Fixed.' })
      await changeThread(spec.app.server, spec.team.reviewer, thread.id, 'resolve')
      await spec.app.payload.jobs.run({ queue: 'webhooks' })

      const events = receiver.received.map((hook) => JSON.parse(hook.body))
      // One delivery per event; jobs may deliver them in any order.
      expect(events.map((event) => event.event).sort()).toEqual([
        'comment.created',
        'review.assigned',
        'review.changes_requested',
        'review.submitted',
      ])
      for (const hook of receiver.received) {
        expect(hook.headers['x-signature']).toBe(
          `sha256=${createHmac('sha256', secret).update(hook.body).digest('hex')}`,
        )
        expect(hook.body).not.toContain('Private reviewer note')
        expect(hook.body).not.toContain('Webhook events?')
        expect(JSON.parse(hook.body)).toMatchObject({ collection: 'faqs', id, adminUrl: link(id) })
      }
      await receiver.close()
    })
  })
})
