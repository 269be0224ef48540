import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, createComparisonRow, richText } from './helpers/content'
import { resolveOpenThreads } from './helpers/reviewComments'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

describe('the review workflow, end to end', () => {
  const spec = useTeamApp()

  it('takes an article and its linked content from draft to published', async () => {
    const faqId = await createAs(
      spec.app.server,
      spec.team.writer,
      'faqs',
      faqData('What is baclofen?'),
    )
    const referenceId = await createAs(spec.app.server, spec.team.writer, 'references', {
      title: 'Baclofen',
      url: 'https://medlineplus.gov/druginfo/meds/a682530.html',
    })
    const row = await createComparisonRow(
      spec.app.payload,
      'Dosing',
      ['Oral Baclofen'],
      spec.team.writer,
    )
    const articleId = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({
        faqs: [faqId],
        references: [referenceId],
        comparisonColumns: ['Oral Baclofen'],
        comparisonRows: [row.id],
        body: richText('Baclofen relaxes muscles.'),
      }),
    )

    for (const [collection, id] of [
      ['faqs', faqId],
      ['references', referenceId],
      ['comparison-rows', row.id],
      ['articles', articleId],
    ] as const) {
      const submitted = await act(spec.app.server, spec.team.writer, collection, id, 'submit')
      expect(submitted.status).toBe(200)
      expect(submitted.body.state).toBe('in_review')
    }

    const changes = await act(
      spec.app.server,
      spec.team.reviewer,
      'articles',
      articleId,
      'request-changes',
      {
        comment: 'Cite the label for the dosing claim.',
      },
    )
    expect(changes.status).toBe(200)
    expect(changes.body.state).toBe('changes_requested')

    const edited = await request(spec.app.server)
      .patch(`/api/articles/${articleId}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ summary: 'A short summary, now citing the label.' })
    expect(edited.status).toBe(200)
    expect(
      (await act(spec.app.server, spec.team.writer, 'articles', articleId, 'submit')).status,
    ).toBe(200)
    // The reviewer checks the change and closes the thread the request opened.
    await resolveOpenThreads(spec.app.server, spec.team.reviewer, 'articles', articleId)

    const signed = await act(
      spec.app.server,
      spec.team.reviewer,
      'articles',
      articleId,
      'sign-off',
      {
        password: spec.team.reviewer.password,
        includeLinked: true,
      },
    )
    expect(signed.status).toBe(200)
    expect(signed.body.state).toBe('approved')
    expect(signed.body.linked.map((linked: { done: boolean }) => linked.done)).toEqual([
      true,
      true,
      true,
    ])

    const signatures = await spec.app.payload.find({ collection: 'signatures', pagination: false })
    expect(signatures.totalDocs).toBe(4)
    const articleSignature = signatures.docs.find((signature) => signature.documentId === articleId)
    expect(articleSignature).toMatchObject({
      collectionSlug: 'articles',
      printedName: 'Jane Doe, PharmD, RPh',
      meaning: 'Reviewed and approved for medical accuracy',
    })
    expect(articleSignature?.contentHash).toMatch(/^[0-9a-f]{64}$/)

    const published = await act(
      spec.app.server,
      spec.team.editor,
      'articles',
      articleId,
      'publish',
      {
        includeLinked: true,
      },
    )
    expect(published.status).toBe(200)
    expect(published.body.state).toBe('published')

    const anonymous = await request(spec.app.server)
      .get(`/api/articles/${articleId}`)
      .query({ depth: 1 })
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.summary).toBe('A short summary, now citing the label.')
    expect(anonymous.body.faqs[0].question).toBe('What is baclofen?')
    expect(anonymous.body.workflowState).toBe('published')
    expect(
      new Date(anonymous.body.nextReviewDue).getTime() -
        new Date(anonymous.body.lastReviewedAt).getTime(),
    ).toBe(365 * 24 * 3600 * 1000)

    const audit = await request(spec.app.server)
      .get('/api/audit-log')
      .query({ 'where[documentId][equals]': articleId, sort: 'at', limit: 50 })
      .set('Authorization', bearer(spec.team.editor.token))
    expect(audit.body.docs.map((entry: { action: string }) => entry.action)).toEqual([
      'submit',
      'request-changes',
      'submit',
      'comment-resolved',
      'sign-off',
      'publish',
    ])
  })
})
