import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken, reviewerProfile } from './helpers/users'
import type { Member } from './helpers/team'
import { act, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

describe('GET /api/{collection}/{id}/workflow (the admin workflow panel)', () => {
  let app: TestApp
  let callers: Callers
  let articleId: string
  let faqId: string

  const status = (member: Member, id = articleId, collection = 'articles') =>
    request(app.server)
      .get(`/api/${collection}/${id}/workflow`)
      .set('Authorization', bearer(member.token))
  const actionsOf = async (member: Member) =>
    (await status(member)).body.actions.map((a: { action: string }) => a.action)
  const checklist = async () =>
    Object.fromEntries(
      (await status(callers.team.editor)).body.checklist.map(
        (item: { requirement: string; met: boolean }) => [item.requirement, item.met],
      ),
    )

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
    faqId = await createAs(app.server, callers.team.writer, 'faqs', faqData('Does the panel work?'))
    articleId = await createAs(app.server, callers.team.writer, 'articles', {
      title: 'Panel article',
      summary: 'Checked in the admin.',
      faqs: [faqId],
    })
  })

  afterAll(async () => {
    await app.close()
  })

  it('shows a new draft, its unmet checklist and only the actions each role may take', async () => {
    const response = await status(callers.team.writer)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      state: 'draft',
      live: false,
      reviewedByPreview: null,
      history: [],
    })
    expect(await checklist()).toEqual({
      approved: false,
      disclaimer: true,
      'signed-off': false,
      'four-eyes': true,
      'no-open-comments': true,
      'linked-published': false,
      // Nothing signed yet: the page is compared with the signed page once it is.
      rendition: true,
      'citations-resolve': true,
      'no-retracted-citations': true,
      readability: true,
    })
    expect(await actionsOf(callers.team.writer)).toEqual(['submit'])
    expect(await actionsOf(callers.team.reviewer)).toEqual([])
    expect(await actionsOf(callers.team.editor)).toEqual(['submit'])
  })

  it('offers reviewers request-changes and sign-off once submitted, and records the history', async () => {
    expect(
      (await act(app.server, callers.team.writer, 'articles', articleId, 'submit')).status,
    ).toBe(200)
    expect(await actionsOf(callers.team.reviewer)).toEqual(['request-changes', 'sign-off'])
    expect(await actionsOf(callers.team.writer)).toEqual([])
    const response = await status(callers.team.writer)
    expect(response.body.state).toBe('in_review')
    expect(response.body.history).toEqual([
      expect.objectContaining({ action: 'submit', actor: callers.team.writer.email }),
    ])
    const sign = response.body.actions.find((a: { action: string }) => a.action === 'sign-off')
    expect(sign).toBeUndefined()
    const asReviewer = await status(callers.team.reviewer)
    expect(asReviewer.body.actions).toContainEqual({
      action: 'sign-off',
      label: 'Sign off',
      input: 'password',
    })
    expect(asReviewer.body.signatureMeaning).toMatch(/medical accuracy/)
  })

  it('does not offer sign-off to a pharmacist who wrote the content', async () => {
    // A writer who later qualifies as a pharmacist keeps authorship of what they wrote.
    const writer = await createUser(app.payload, 'writer')
    const token = await loginToken(app.server, writer.email, writer.password)
    const ownFaq = await createAs(
      app.server,
      { ...writer, token },
      'faqs',
      faqData('Written by a pharmacist?'),
    )
    expect((await act(app.server, callers.team.editor, 'faqs', ownFaq, 'submit')).status).toBe(200)
    await app.payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'reviewer', ...reviewerProfile() },
    })
    // A role change ends the account's sessions: the pharmacist signs in again.
    const reviewerToken = await loginToken(app.server, writer.email, writer.password)
    const response = await status({ ...writer, token: reviewerToken }, ownFaq, 'faqs')
    expect(response.body.actions.map((a: { action: string }) => a.action)).toEqual([
      'request-changes',
    ])
  })

  it('after sign-off shows the byline preview, a met signature and publish for editors only', async () => {
    const signed = await act(app.server, callers.team.reviewer, 'articles', articleId, 'sign-off', {
      password: callers.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    expect(await checklist()).toMatchObject({
      approved: true,
      'signed-off': true,
      'four-eyes': true,
      'no-open-comments': true,
      'linked-published': false,
    })
    const response = await status(callers.team.editor)
    expect(response.body.state).toBe('approved')
    expect(response.body.reviewedByPreview).toMatch(
      new RegExp(
        `^Medically reviewed by ${callers.team.reviewer.fullName}, .+ on \\d{1,2} \\w+ \\d{4}$`,
      ),
    )
    expect(await actionsOf(callers.team.editor)).toEqual(['publish'])
    expect(await actionsOf(callers.team.writer)).toEqual([])
    expect(await actionsOf(callers.team.reviewer)).toEqual([])
  })

  it('offers a re-review and withdraw on live content, and no publish without a revision', async () => {
    expect((await act(app.server, callers.team.writer, 'faqs', faqId, 'submit')).status).toBe(200)
    const signed = await act(app.server, callers.team.reviewer, 'faqs', faqId, 'sign-off', {
      password: callers.team.reviewer.password,
    })
    expect(signed.status).toBe(200)
    expect((await act(app.server, callers.team.editor, 'faqs', faqId, 'publish')).status).toBe(200)
    const response = await status(callers.team.editor, faqId, 'faqs')
    expect(response.body).toMatchObject({
      state: 'published',
      live: true,
      revisionInProgress: false,
      canDiscardRevision: false,
    })
    expect(response.body.actions).toEqual([
      { action: 'submit', label: 'Submit for review', input: 'assign' },
      { action: 'withdraw', label: 'Withdraw', input: 'reason' },
    ])
    expect(response.body.history.map((entry: { action: string }) => entry.action)).toEqual([
      'publish',
      'sign-off',
      'submit',
    ])
  })

  it('is closed to anonymous callers, consumer keys, and unknown documents', async () => {
    expect((await request(app.server).get(`/api/articles/${articleId}/workflow`)).status).toBe(401)
    const consumer = await request(app.server)
      .get(`/api/articles/${articleId}/workflow`)
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(consumer.status).toBe(403)
    expect((await status(callers.team.writer, '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    )
    expect((await status(callers.team.writer, 'not-an-id')).status).toBe(404)
  })
})
