import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { type Team } from './helpers/team'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

describe('GET /api/review-queue', () => {
  const spec = useTeamApp()
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ids.inReview = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('In review?'))
    await act(spec.app.server, spec.team.writer, 'faqs', ids.inReview, 'submit')
    ids.changes = await createAs(spec.app.server, spec.team.writer, 'references', {
      title: 'Needs work',
      url: 'https://example.org/needs-work',
    })
    await act(spec.app.server, spec.team.writer, 'references', ids.changes, 'submit')
    await act(spec.app.server, spec.team.reviewer, 'references', ids.changes, 'request-changes', {
      comment: 'Wrong year',
    })
    ids.overdue = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Overdue?'))
    await publishThroughWorkflow(spec.app.server, 'faqs', ids.overdue, spec.team)
    ids.current = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Current?'))
    await publishThroughWorkflow(spec.app.server, 'faqs', ids.current, spec.team)
    // A year and more has passed since the sign-off of this one.
    await spec.app.payload.db.updateOne({
      collection: 'faqs',
      id: ids.overdue,
      data: { nextReviewDue: new Date(Date.now() - 24 * 3600 * 1000).toISOString() },
    })
    await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Just a draft?'))
  })

  it.each(['reviewer', 'editor', 'admin'] as const)(
    'shows a %s what is in review, what has changes requested and what is overdue',
    async (role) => {
      const response = await request(spec.app.server)
        .get('/api/review-queue')
        .set('Authorization', bearer(spec.team[role].token))
      expect(response.status).toBe(200)
      const idsOf = (items: { id: string }[]) => items.map((item) => item.id)
      expect(idsOf(response.body.inReview)).toEqual([ids.inReview])
      expect(idsOf(response.body.changesRequested)).toEqual([ids.changes])
      expect(idsOf(response.body.overdue)).toEqual([ids.overdue])
      expect(response.body.inReview[0]).toMatchObject({ collection: 'faqs', title: 'In review?' })
    },
  )

  it('is refused to writers (403) and anonymous callers (401)', async () => {
    const writer = await request(spec.app.server)
      .get('/api/review-queue')
      .set('Authorization', bearer(spec.team.writer.token))
    expect(writer.status).toBe(403)
    expect((await request(spec.app.server).get('/api/review-queue')).status).toBe(401)
  })

  it("leaves out of a reviewer's queue only what they wrote themselves, keeping author-less imports", async () => {
    const imported = await spec.app.payload.create({
      collection: 'faqs',
      data: faqData('Imported?'),
      draft: true,
    })
    expect(imported.createdBy ?? null).toBeNull()
    await act(spec.app.server, spec.team.editor, 'faqs', String(imported.id), 'submit')
    // Written by someone who has since become a pharmacist reviewer.
    const own = await spec.app.payload.create({
      collection: 'faqs',
      data: faqData('My own?'),
      draft: true,
      user: spec.team.reviewer,
    })
    await act(spec.app.server, spec.team.editor, 'faqs', String(own.id), 'submit')

    const queueOf = async (member: Team['reviewer']) =>
      (
        await request(spec.app.server)
          .get('/api/review-queue')
          .set('Authorization', bearer(member.token))
      ).body.inReview.map((item: { id: string }) => item.id)
    expect(await queueOf(spec.team.reviewer)).toEqual(
      expect.arrayContaining([ids.inReview, String(imported.id)]),
    )
    expect(await queueOf(spec.team.reviewer)).not.toContain(String(own.id))
    expect(await queueOf(spec.team.reviewer2)).toEqual(
      expect.arrayContaining([String(imported.id), String(own.id)]),
    )
  })
})
