import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { useTeamApp } from './helpers/teamApp'
import { bearer, createConsumerKey, createUser } from './helpers/users'
import { createAs, faqData } from './helpers/workflow'

/**
 * @mentions in review comments: "@Full Name" or "@email" of staff who may read the document
 * notifies them (inbox and email); anyone else's name stays text. The server reads the text,
 * so the admin's suggestions and an API client mention alike.
 */
describe('@mentions in review comments', () => {
  const spec = useTeamApp()
  let consumerKey: string
  let consumerEmail: string
  let faqId: string

  beforeAll(async () => {
    consumerKey = await createConsumerKey(spec.app.payload)
    spec.app.knownSecrets.push(consumerKey)
    const { docs } = await spec.app.payload.find({
      collection: 'users',
      where: { role: { equals: 'consumer' } },
      depth: 0,
    })
    consumerEmail = docs[0].email
    faqId = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Mention me?'))
  })

  const comment = (member: Member, body: Record<string, unknown>) =>
    request(spec.app.server)
      .post('/api/review-comments')
      .set('Authorization', bearer(member.token))
      .send({ collectionSlug: 'faqs', documentId: faqId, ...body })

  const inboxOf = async (member: Member, commentText: string) =>
    (
      await spec.app.payload.find({
        collection: 'notifications',
        where: {
          and: [{ recipient: { equals: member.id } }, { comment: { equals: commentText } }],
        },
        pagination: false,
        depth: 0,
      })
    ).docs

  const emailsQueuedTo = async (member: Member, subject: string) =>
    (
      await spec.app.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendEmail' } },
        pagination: false,
        depth: 0,
      })
    ).docs.filter((job) => {
      const input = job.input as { to?: string; subject?: string }
      return input.to === member.email && input.subject?.startsWith(`[MedReview] ${subject}`)
    })

  it('notifies the person named with "@Full Name", once, and the author as usual; never the commenter', async () => {
    const text = 'Can @Wren Other confirm the dose? Thanks @wren other.'
    const response = await comment(spec.team.reviewer, { comment: text })
    expect(response.status).toBe(201)
    expect(response.body.doc.mentions).toEqual([spec.team.writer2.id])

    const [mention, ...more] = await inboxOf(spec.team.writer2, text)
    expect(more).toEqual([])
    expect(mention).toMatchObject({
      subject: 'You were mentioned in a review comment',
      documentCollection: 'faqs',
      documentId: faqId,
      read: false,
    })
    expect(mention.message).toContain('mentioned you in a comment on "Mention me?"')
    expect(await emailsQueuedTo(spec.team.writer2, 'You were mentioned')).toHaveLength(1)

    const [authorEntry] = await inboxOf(spec.team.writer, text)
    expect(authorEntry.subject).toBe('New review comment')
    expect(await inboxOf(spec.team.reviewer, text)).toEqual([])
  })

  it('mentions by email too, and the mentioned author hears once (the mention, not also the comment)', async () => {
    const text = `@${spec.team.writer.email.toUpperCase()} see the answer, and @${spec.team.reviewer2.email}.`
    const response = await comment(spec.team.reviewer, { comment: text })
    expect(response.status).toBe(201)
    expect(response.body.doc.mentions).toEqual([spec.team.writer.id, spec.team.reviewer2.id])
    const authorEntries = await inboxOf(spec.team.writer, text)
    expect(authorEntries.map((entry) => entry.subject)).toEqual([
      'You were mentioned in a review comment',
    ])
    expect(await inboxOf(spec.team.reviewer2, text)).toHaveLength(1)
  })

  it('leaves other names as text: a longer name, a consumer account, an unknown address', async () => {
    const text = `@Sam Secondary and @${consumerEmail} and @nobody@example.test, please look.`
    const response = await comment(spec.team.reviewer, { comment: text })
    expect(response.status).toBe(201)
    expect(response.body.doc.mentions).toEqual([])
    const { totalDocs } = await spec.app.payload.count({
      collection: 'notifications',
      where: {
        and: [{ comment: { equals: text } }, { recipient: { not_equals: spec.team.writer.id } }],
      },
    })
    expect(totalDocs).toBe(0)
  })

  it('takes the longer of two names at one place: "@Sam Second" is not also "@Sam"', async () => {
    const sam = await createUser(spec.app.payload, 'editor', { fullName: 'Sam' })
    const text = 'Over to @Sam Second.'
    const response = await comment(spec.team.writer, { comment: text })
    expect(response.body.doc.mentions).toEqual([spec.team.reviewer2.id])
    const { totalDocs } = await spec.app.payload.count({
      collection: 'notifications',
      where: { recipient: { equals: sam.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('names the field the comment is on in words', async () => {
    const text = 'On the answer, @Wren Other.'
    expect((await comment(spec.team.reviewer, { comment: text, field: 'answer' })).status).toBe(201)
    const [mention] = await inboxOf(spec.team.writer2, text)
    expect(mention.message).toBe(
      `${spec.team.reviewer.fullName} mentioned you in a comment on "Mention me?" (on Answer).`,
    )
  })

  it('reads mentions from a comment written over GraphQL too', async () => {
    const text = 'Over GraphQL: @Wren Other, please check.'
    const response = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.reviewer.token))
      .send({
        query:
          'mutation ($data: mutationReviewCommentInput!) { createReviewComment(data: $data) { id } }',
        variables: { data: { collectionSlug: 'faqs', documentId: faqId, comment: text } },
      })
    expect(response.body.errors).toBeUndefined()
    const stored = await spec.app.payload.findByID({
      collection: 'review-comments',
      id: response.body.data.createReviewComment.id,
      depth: 0,
    })
    expect(stored.mentions).toEqual([spec.team.writer2.id])
    expect(await inboxOf(spec.team.writer2, text)).toHaveLength(1)
  })

  it('ignores mentions a client sends: only the text counts', async () => {
    const text = 'No names in here.'
    const response = await comment(spec.team.reviewer, {
      comment: text,
      mentions: [spec.team.admin.id],
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.mentions).toEqual([])
    expect(await inboxOf(spec.team.admin, text)).toEqual([])
  })

  it('an edit that adds a name notifies only the newly mentioned, once', async () => {
    const first = 'Draft note for @Wren Other.'
    const created = await comment(spec.team.reviewer, { comment: first })
    const id = created.body.doc.id
    const edited = `${first} And @Sam Second.`
    const edit = (text: string) =>
      request(spec.app.server)
        .patch(`/api/review-comments/${id}`)
        .set('Authorization', bearer(spec.team.reviewer.token))
        .send({ comment: text })
    expect((await edit(edited)).status).toBe(200)
    expect((await edit(`${edited} `)).status).toBe(200)
    expect(await inboxOf(spec.team.reviewer2, edited)).toHaveLength(1)
    expect(await inboxOf(spec.team.writer2, edited)).toEqual([])
    expect(await inboxOf(spec.team.writer2, first)).toHaveLength(1)
  })

  it('lists whom a comment may mention, to staff only', async () => {
    const url = `/api/faqs/${faqId}/workflow/mentionable`
    const staff = await request(spec.app.server)
      .get(url)
      .set('Authorization', bearer(spec.team.writer.token))
    expect(staff.status).toBe(200)
    expect(staff.headers['cache-control']).toContain('no-store')
    const names = staff.body.people.map((person: { name: string }) => person.name)
    expect(names).toEqual(expect.arrayContaining(['Wren Other', 'Sam Second']))
    expect(JSON.stringify(staff.body)).not.toContain(consumerEmail)

    expect((await request(spec.app.server).get(url)).status).toBe(401)
    const consumer = await request(spec.app.server)
      .get(url)
      .set('Authorization', `users API-Key ${consumerKey}`)
    expect(consumer.status).toBe(403)
    const missing = await request(spec.app.server)
      .get('/api/faqs/00000000-0000-4000-8000-000000000000/workflow/mentionable')
      .set('Authorization', bearer(spec.team.writer.token))
    expect(missing.status).toBe(404)
  })
})
