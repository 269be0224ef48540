import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { articleData } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createConsumerKey } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

type InboxDoc = {
  id: string
  recipient: string
  subject: string
  message: string
  comment?: string | null
  documentCollection?: string | null
  documentId?: string | null
  read: boolean
  readAt?: string | null
}

/**
 * The in-app inbox: the events that email people also land in their inbox (switched-off email
 * or not), each person reads and marks only their own, and nobody else reaches them.
 */
describe('the in-app inbox', () => {
  const spec = useTeamApp()
  let consumerKey: string

  beforeAll(async () => {
    consumerKey = await createConsumerKey(spec.app.payload)
    spec.app.knownSecrets.push(consumerKey)
  })

  const inboxOf = async (member: Member, query = ''): Promise<InboxDoc[]> => {
    const response = await request(spec.app.server)
      .get(`/api/notifications?depth=0&limit=100${query}`)
      .set('Authorization', bearer(member.token))
    expect(response.status).toBe(200)
    return response.body.docs
  }
  const unreadOf = async (member: Member): Promise<number> => {
    const response = await request(spec.app.server)
      .get('/api/notifications?where[read][equals]=false&limit=1')
      .set('Authorization', bearer(member.token))
    return response.body.totalDocs
  }
  const storedFor = async (member: Member) =>
    (
      await spec.app.payload.find({
        collection: 'notifications',
        where: { recipient: { equals: member.id } },
        pagination: false,
        depth: 0,
      })
    ).docs

  const submittedFaq = async (question: string) => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))
    const response = await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', {
      assignee: spec.team.reviewer.id,
      comment: 'Please check the dose.',
    })
    expect(response.status).toBe(200)
    return id
  }

  it('puts a submission in the assignee’s inbox, unread, naming the document; not the actor’s', async () => {
    const id = await submittedFaq('Inbox on submit?')
    const [entry] = (await inboxOf(spec.team.reviewer)).filter((n) => n.documentId === id)
    expect(entry).toMatchObject({
      recipient: spec.team.reviewer.id,
      subject: 'Review requested',
      comment: 'Please check the dose.',
      documentCollection: 'faqs',
      read: false,
    })
    expect(entry.message).toContain('submitted for review "Inbox on submit?"')
    expect((await storedFor(spec.team.writer)).filter((n) => n.documentId === id)).toEqual([])
    expect((await storedFor(spec.team.reviewer2)).filter((n) => n.documentId === id)).toEqual([])
  })

  it('tells the pharmacist once of an article submitted with its linked documents', async () => {
    const faq = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Linked along?'))
    const article = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({ faqs: [faq] }),
    )
    const submitted = await act(spec.app.server, spec.team.writer, 'articles', article, 'submit', {
      assignee: spec.team.reviewer.id,
      includeLinked: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.linked.map((item: { done: boolean }) => item.done)).toEqual([true])
    const requests = (await storedFor(spec.team.reviewer)).filter(
      (n) => n.subject === 'Review requested' && [faq, article].includes(String(n.documentId)),
    )
    expect(requests.map((n) => n.documentCollection)).toEqual(['articles'])
  })

  it('lands in the inbox even when that kind of email is switched off', async () => {
    await spec.app.payload.update({
      collection: 'users',
      id: spec.team.reviewer.id,
      data: { emailNotifications: { reviewRequests: false } },
    })
    const id = await submittedFaq('Inbox without email?')
    expect((await storedFor(spec.team.reviewer)).some((n) => n.documentId === id)).toBe(true)
    await spec.app.payload.update({
      collection: 'users',
      id: spec.team.reviewer.id,
      data: { emailNotifications: { reviewRequests: true } },
    })
  })

  it('announces nothing for an action that is refused', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Refused?'))
    const before = (await storedFor(spec.team.reviewer)).length
    // Only the writer may submit their FAQ, not a second writer.
    const refused = await act(spec.app.server, spec.team.writer2, 'faqs', id, 'submit', {})
    expect(refused.status).toBe(403)
    expect((await storedFor(spec.team.reviewer)).length).toBe(before)
  })

  it('each person marks their own read (stamped by the server) and never another’s', async () => {
    const id = await submittedFaq('Marked read?')
    const [entry] = (await inboxOf(spec.team.reviewer)).filter((n) => n.documentId === id)
    const unreadBefore = await unreadOf(spec.team.reviewer)

    const theirs = await request(spec.app.server)
      .patch(`/api/notifications/${entry.id}`)
      .set('Authorization', bearer(spec.team.reviewer2.token))
      .send({ read: true })
    expect([403, 404]).toContain(theirs.status)
    const admin = await request(spec.app.server)
      .patch(`/api/notifications/${entry.id}`)
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ read: true })
    expect([403, 404]).toContain(admin.status)
    expect(
      (await spec.app.payload.findByID({ collection: 'notifications', id: entry.id })).read,
    ).toBe(false)

    const own = await request(spec.app.server)
      .patch(`/api/notifications/${entry.id}`)
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({
        read: true,
        message: 'rewritten',
        recipient: spec.team.writer.id,
        readAt: '2000-01-01',
      })
    expect(own.status).toBe(200)
    const stored = await spec.app.payload.findByID({
      collection: 'notifications',
      id: entry.id,
      depth: 0,
    })
    expect(stored.read).toBe(true)
    expect(stored.message).toBe(entry.message)
    expect(stored.recipient).toBe(spec.team.reviewer.id)
    expect(Date.now() - new Date(String(stored.readAt)).getTime()).toBeLessThan(60_000)
    expect(await unreadOf(spec.team.reviewer)).toBe(unreadBefore - 1)

    const unread = await request(spec.app.server)
      .patch(`/api/notifications/${entry.id}`)
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({ read: false })
    expect(unread.status).toBe(200)
    expect(
      (await spec.app.payload.findByID({ collection: 'notifications', id: entry.id })).readAt,
    ).toBeNull()
  })

  it('answers bad input with a 400 naming the field, changing nothing', async () => {
    const id = await submittedFaq('Bad input?')
    const [entry] = (await inboxOf(spec.team.reviewer)).filter((n) => n.documentId === id)
    for (const read of ['yes', { $ne: false }, 1]) {
      const response = await request(spec.app.server)
        .patch(`/api/notifications/${entry.id}`)
        .set('Authorization', bearer(spec.team.reviewer.token))
        .send({ read })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('read')
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/)
    }
    const stored = await spec.app.payload.findByID({
      collection: 'notifications',
      id: entry.id,
      depth: 0,
    })
    expect(stored.read).toBe(false)
  })

  it('“mark all read” in bulk reaches only the caller’s own notifications', async () => {
    await submittedFaq('Bulk one?')
    await act(
      spec.app.server,
      spec.team.writer,
      'faqs',
      await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Bulk two?')),
      'submit',
      {},
    )
    const othersUnread = (await storedFor(spec.team.reviewer2)).filter((n) => !n.read).length
    expect(othersUnread).toBeGreaterThan(0)
    const response = await request(spec.app.server)
      .patch('/api/notifications?where[read][equals]=false')
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({ read: true })
    expect(response.status).toBe(200)
    expect(await unreadOf(spec.team.reviewer)).toBe(0)
    expect((await storedFor(spec.team.reviewer2)).filter((n) => !n.read).length).toBe(othersUnread)
  })

  it('is nobody else’s to read or write: no create, no delete, and anonymous and consumer get nothing', async () => {
    const id = await submittedFaq('Whose inbox?')
    const [entry] = (await storedFor(spec.team.reviewer)).filter((n) => n.documentId === id)

    const asAdmin = await inboxOf(spec.team.admin)
    expect(asAdmin.some((n) => n.id === entry.id)).toBe(false)

    for (const call of [
      request(spec.app.server).get('/api/notifications'),
      request(spec.app.server).get(`/api/notifications/${entry.id}`),
      request(spec.app.server)
        .get('/api/notifications')
        .set('Authorization', `users API-Key ${consumerKey}`),
      request(spec.app.server)
        .get(`/api/notifications/${entry.id}`)
        .set('Authorization', `users API-Key ${consumerKey}`),
      request(spec.app.server).patch(`/api/notifications/${entry.id}`).send({ read: true }),
    ]) {
      const response = await call
      expect([401, 403, 404]).toContain(response.status)
      expect(JSON.stringify(response.body)).not.toContain('Whose inbox?')
    }
    const created = await request(spec.app.server)
      .post('/api/notifications')
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ recipient: spec.team.reviewer.id, subject: 'Fake', message: 'Fake' })
    expect(created.status).toBe(403)
    const deleted = await request(spec.app.server)
      .delete(`/api/notifications/${entry.id}`)
      .set('Authorization', bearer(spec.team.reviewer.token))
    expect(deleted.status).toBe(403)
    expect((await storedFor(spec.team.reviewer)).some((n) => n.id === entry.id && !n.read)).toBe(
      true,
    )
  })

  it('over GraphQL: one’s own, marked read; anonymous and consumer refused', async () => {
    const id = await submittedFaq('Inbox over GraphQL?')
    const graphql = (authorization: string | undefined, query: string) => {
      const call = request(spec.app.server).post('/api/graphql')
      if (authorization) call.set('Authorization', authorization)
      return call.send({ query })
    }
    const list = `{ Notifications(where: { documentId: { equals: "${id}" } }) { docs { id message read recipient { id } } } }`
    const own = await graphql(bearer(spec.team.reviewer.token), list)
    const [entry] = own.body.data.Notifications.docs
    expect(entry.message).toContain('Inbox over GraphQL?')
    expect(entry.recipient.id).toBe(spec.team.reviewer.id)
    const other = await graphql(bearer(spec.team.reviewer2.token), list)
    expect(other.body.data.Notifications.docs).toEqual([])

    for (const authorization of [undefined, `users API-Key ${consumerKey}`]) {
      const response = await graphql(authorization, list)
      expect(response.body.data?.Notifications ?? null).toBeNull()
      expect(response.body.errors?.[0]?.message).toMatch(/not allowed/i)
      const marked = await graphql(
        authorization,
        `mutation { updateNotification(id: "${entry.id}", data: { read: true }) { id } }`,
      )
      expect(marked.body.errors?.length).toBeGreaterThan(0)
    }
    const marked = await graphql(
      bearer(spec.team.reviewer.token),
      `mutation { updateNotification(id: "${entry.id}", data: { read: true }) { read readAt } }`,
    )
    expect(marked.body.data.updateNotification.read).toBe(true)
    expect(marked.body.data.updateNotification.readAt).toBeTruthy()
  })

  it('a deleted account’s notifications go with it', async () => {
    const { createUser } = await import('./helpers/users')
    const gone = await createUser(spec.app.payload, 'reviewer')
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Gone?'))
    await act(spec.app.server, spec.team.writer, 'faqs', id, 'submit', { assignee: gone.id })
    expect(
      (
        await spec.app.payload.count({
          collection: 'notifications',
          where: { recipient: { equals: gone.id } },
        })
      ).totalDocs,
    ).toBe(1)
    const deleted = await request(spec.app.server)
      .delete(`/api/users/${gone.id}`)
      .set('Authorization', bearer(spec.team.admin.token))
    expect(deleted.status).toBe(200)
    expect(
      (
        await spec.app.payload.count({
          collection: 'notifications',
          where: { recipient: { equals: gone.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
