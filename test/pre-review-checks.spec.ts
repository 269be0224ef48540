import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { heading, lexicalDocument, paragraph } from '../seed/lexical'
import { articleData, richText } from './helpers/content'
import { createReference } from './helpers/evidence'
import { RETRACTED_DOI, useEvidenceServices } from './helpers/evidenceServices'
import { bodyWithHeadings, bodyWithLink, paragraphWithLink } from './helpers/lexicalBodies'
import { auditActions, checkRunsOf, latestContentHash, versionsOf } from './helpers/preReviewChecks'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { act, createAs, faqData } from './helpers/workflow'

/** The pre-review checks run on every submit and are stored with the version (issue #32). */
describe('pre-review checks on submit', () => {
  const services = useEvidenceServices()
  const ctx = useTeamApp(services.env)

  const createArticle = (data: Record<string, unknown>) =>
    createAs(ctx.app.server, ctx.team.writer, 'articles', articleData(data))

  const stateOf = async (collection: 'articles' | 'faqs', id: string) =>
    (await ctx.app.payload.findByID({ collection, id, draft: true, depth: 0 })).workflowState

  it('stores the findings with the exact version submitted: its id, content hash, who and when', async () => {
    const id = await createArticle({ body: bodyWithLink('click here') })
    const hash = await latestContentHash(ctx.app.payload, 'articles', id)
    const submitted = await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')
    expect(submitted.status).toBe(200)

    const [run, ...more] = await checkRunsOf(ctx.app.payload, 'articles', id)
    expect(more).toHaveLength(0)
    const { latest } = await versionsOf(ctx.app.payload, 'articles', id)
    const [audit] = await auditActions(ctx.app.payload, id, 'submit')
    expect(run).toMatchObject({
      collectionSlug: 'articles',
      documentId: id,
      versionId: latest,
      contentHash: hash,
      ranBy: ctx.team.writer.id,
      occasion: 'submit',
      blocking: 0,
      advisory: 1,
    })
    expect(run.versionId).toBe(audit.versionId)
    expect(run.contentHash).toBe(audit.contentHash)
    expect(Date.now() - new Date(run.ranAt).getTime()).toBeLessThan(60_000)
    expect(run.findings).toMatchObject([
      {
        rule: 'a11y.link-text',
        severity: 'warn',
        where: 'the introduction',
        field: 'body',
        text: 'click here',
        source: 'WCAG 2.2 SC 2.4.4 Link Purpose (In Context)',
      },
    ])
    expect(run.findings?.[0].acceptedAt ?? null).toBeNull()
    expect(await stateOf('articles', id)).toBe('in_review')
  })

  it('stores an empty result for content with nothing to find', async () => {
    const id = await createArticle({ body: richText('Baclofen eases spasticity.') })
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    const [run] = await checkRunsOf(ctx.app.payload, 'articles', id)
    expect(run).toMatchObject({ blocking: 0, advisory: 0, findings: [] })
  })

  it('refuses a submit with a blocking finding over REST with 400 naming it in words; nothing changes', async () => {
    const id = await createArticle({ body: richText('Baclofen halves relapses [3].') })
    const before = await versionsOf(ctx.app.payload, 'articles', id)
    const refused = await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body)).toEqual([
      {
        path: 'body',
        message:
          'The introduction: “[3]” — this cites a reference the article does not list (it lists 0); add the reference or correct the number.',
      },
    ])
    expect(await stateOf('articles', id)).toBe('draft')
    expect(await versionsOf(ctx.app.payload, 'articles', id)).toEqual(before)
    expect(await checkRunsOf(ctx.app.payload, 'articles', id)).toHaveLength(0)
    expect(await auditActions(ctx.app.payload, id, 'submit')).toHaveLength(0)
  })

  it('refuses the same submit over GraphQL with 400; nothing changes', async () => {
    const id = await createArticle({ body: richText('Baclofen halves relapses [2].') })
    const before = await versionsOf(ctx.app.payload, 'articles', id)
    const response = await request(ctx.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(ctx.team.writer.token))
      .send({
        query:
          'mutation ($id: String!) { workflowSubmit(collection: articles, id: $id) { state } }',
        variables: { id },
      })
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
    expect(JSON.stringify(response.body.errors[0])).toContain('“[2]”')
    expect(await stateOf('articles', id)).toBe('draft')
    expect(await versionsOf(ctx.app.payload, 'articles', id)).toEqual(before)
    expect(await checkRunsOf(ctx.app.payload, 'articles', id)).toHaveLength(0)
  })

  it('refuses a submit citing a retracted reference (references.retracted blocks)', async () => {
    const ref = await createReference(ctx, { title: 'The retracted trial', doi: RETRACTED_DOI })
    const id = await createArticle({
      body: richText('Baclofen halves relapses [1].'),
      references: [ref],
    })
    const refused = await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body)).toEqual([
      {
        path: 'references',
        message: expect.stringContaining(
          `Reference [1]: “The retracted trial” — the work (doi:${RETRACTED_DOI}) is retracted`,
        ),
      },
    ])
    expect(await stateOf('articles', id)).toBe('draft')
  })

  it('lets advisory findings through and stores each: a skipped heading level and a reference nobody cites', async () => {
    const ref = await createReference(ctx, { title: 'An uncited review' })
    const id = await createArticle({
      body: lexicalDocument(heading('h2', 'Dosing'), heading('h4', 'Children'), paragraph('Text.')),
      references: [ref],
    })
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    const [run] = await checkRunsOf(ctx.app.payload, 'articles', id)
    expect(run.findings?.map((finding) => [finding.rule, finding.severity, finding.text])).toEqual([
      ['citations.uncited-reference', 'warn', 'An uncited review'],
      ['a11y.heading-order', 'warn', 'Children'],
    ])
  })

  it('shows the findings of the latest version in the writer’s completeness check, with the field', async () => {
    const id = await createArticle({ body: bodyWithHeadings('h2', 'h4') })
    const response = await request(ctx.app.server)
      .get(`/api/articles/${id}/workflow/completeness`)
      .set('Authorization', bearer(ctx.team.writer.token))
    expect(response.status).toBe(200)
    expect(response.body.warnings).toContainEqual({
      check: 'a11y.heading-order',
      field: 'body',
      message: expect.stringContaining(
        'The heading "Heading 2": “Heading 2” — this h4 follows an h2',
      ),
    })
    const blocked = await createArticle({ body: richText('See [4].') })
    const check = await request(ctx.app.server)
      .get(`/api/articles/${blocked}/workflow/completeness`)
      .set('Authorization', bearer(ctx.team.writer.token))
    // The marker is the evidence checklist's blocker already: said once.
    expect(
      check.body.blockers.filter((entry: { message: string }) => entry.message.includes('[4]')),
    ).toHaveLength(1)
    expect(check.body.ready).toBe(false)
    // Judged, never stored, from the completeness check.
    expect(await checkRunsOf(ctx.app.payload, 'articles', id)).toHaveLength(0)
  })

  it('runs the checks on each linked document includeLinked submits, storing a result for each', async () => {
    const faq = await createAs(ctx.app.server, ctx.team.writer, 'faqs', {
      ...faqData(),
      answer: lexicalDocument(paragraphWithLink('read more')),
    })
    const id = await createArticle({ body: richText('Baclofen eases spasticity.'), faqs: [faq] })
    const submitted = await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit', {
      includeLinked: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.linked).toMatchObject([{ collection: 'faqs', id: faq, done: true }])
    const [faqRun] = await checkRunsOf(ctx.app.payload, 'faqs', faq)
    expect(faqRun).toMatchObject({
      documentId: faq,
      versionId: (await versionsOf(ctx.app.payload, 'faqs', faq)).latest,
      contentHash: await latestContentHash(ctx.app.payload, 'faqs', faq),
    })
    expect(faqRun.findings).toMatchObject([
      { rule: 'a11y.link-text', where: 'the answer', field: 'answer', text: 'read more' },
    ])
    expect(await checkRunsOf(ctx.app.payload, 'articles', id)).toHaveLength(1)
  })

  it('runs again on a resubmission of the same content and stores a new result', async () => {
    const id = await createArticle({ body: bodyWithLink('here') })
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    const requested = await act(
      ctx.app.server,
      ctx.team.reviewer,
      'articles',
      id,
      'request-changes',
      {
        comment: 'Please check the link.',
      },
    )
    expect(requested.status).toBe(200)
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    const runs = await checkRunsOf(ctx.app.payload, 'articles', id)
    expect(runs).toHaveLength(2)
    expect(runs[0].contentHash).toBe(runs[1].contentHash)
    expect(runs[1].versionId).not.toBe(runs[0].versionId)
    expect(runs[1].versionId).toBe((await versionsOf(ctx.app.payload, 'articles', id)).latest)
  })

  it('lets staff read a document’s results, and nobody else; nobody writes them through the API', async () => {
    const id = await createArticle({ body: bodyWithLink('click here') })
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    const [run] = await checkRunsOf(ctx.app.payload, 'articles', id)
    const read = (token?: string) => {
      const call = request(ctx.app.server).get(`/api/pre-review-checks/${run.id}`)
      return token ? call.set('Authorization', bearer(token)) : call
    }
    expect((await read(ctx.team.writer.token)).body.findings[0].text).toBe('click here')
    expect((await read(ctx.team.qa.token)).status).toBe(200)
    expect((await read()).status).toBe(403)
    const patched = await request(ctx.app.server)
      .patch(`/api/pre-review-checks/${run.id}`)
      .set('Authorization', bearer(ctx.team.admin.token))
      .send({ blocking: 0, findings: [] })
    expect(patched.status).toBe(403)
    const created = await request(ctx.app.server)
      .post('/api/pre-review-checks')
      .set('Authorization', bearer(ctx.team.admin.token))
      .send({ ...run, id: undefined })
    expect(created.status).toBe(403)
    const [stored] = await checkRunsOf(ctx.app.payload, 'articles', id)
    expect(stored.findings).toHaveLength(1)
  })
})
