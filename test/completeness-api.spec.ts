import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startCallersApp, type Callers } from './helpers/callers'
import { articleData, richText } from './helpers/content'
import type { Member } from './helpers/team'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { act, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

const HARD =
  'Pharmacokinetic characterization of intrathecal baclofen administration necessitates individualized titration methodologies. Concomitant administration of central nervous system depressants potentiates sedative pharmacodynamic interactions considerably.'

type Finding = { check: string; message: string; field: string | null }

/** GET /api/{collection}/{id}/workflow/completeness: what a writer should fix before submitting. */
describe('the completeness check endpoint', () => {
  let app: TestApp
  let callers: Callers
  const SECRET_SUMMARY = 'Draft-only wording nobody outside may read.'

  const check = (member: Member | undefined, collection: string, id: string) => {
    const call = request(app.server).get(`/api/${collection}/${id}/workflow/completeness`)
    return member ? call.set('Authorization', bearer(member.token)) : call
  }
  const checksOf = (findings: Finding[]) => findings.map((finding) => finding.check)

  beforeAll(async () => {
    // With a maximum reading grade, a harder text is a refusal of the publication.
    ;({ app, callers } = await startCallersApp({ READABILITY_MAX_GRADE: '8' }))
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  it('shows a writer their own bare draft: warnings only, each with its field', async () => {
    const id = await createAs(app.server, callers.team.writer, 'articles', articleData())
    const response = await check(callers.team.writer, 'articles', id)
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toContain('no-store')
    expect(response.body).toMatchObject({ collection: 'articles', id, ready: true, blockers: [] })
    expect(checksOf(response.body.warnings)).toEqual([
      'summary',
      'key-points',
      'body',
      'references',
      'seo-title',
      'seo-description',
    ])
    expect(response.body.warnings[5]).toEqual({
      check: 'seo-description',
      message: 'SEO description is empty: search results will show the summary',
      field: 'meta.description',
    })
  })

  it('is for staff only: anonymous 401, a consumer 403, and nothing of the draft in either', async () => {
    const id = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({ summary: SECRET_SUMMARY }),
    )
    const anonymous = await check(undefined, 'articles', id)
    expect(anonymous.status).toBe(401)
    const consumer = await request(app.server)
      .get(`/api/articles/${id}/workflow/completeness`)
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(consumer.status).toBe(403)
    for (const refused of [anonymous, consumer]) {
      expect(refused.text).not.toContain('Draft-only')
      expect(refused.body.blockers).toBeUndefined()
    }
    expect((await check(callers.team.writer, 'articles', 'no-such-id')).status).toBe(404)
  })

  it('blocks on what the submission, the sign-off and the publication refuse, and the API does refuse it', async () => {
    const reference = await createAs(app.server, callers.team.writer, 'references', {
      title: 'Baclofen trial',
      url: 'https://example.org/trial',
      source: 'Example Journal',
    })
    const id = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({
        summary: HARD,
        body: richText(`${HARD} It is cited [2].`),
        references: [reference],
        disclaimer: null,
      }),
    )
    const response = await check(callers.team.writer, 'articles', id)
    expect(response.status).toBe(200)
    expect(response.body.ready).toBe(false)
    expect(checksOf(response.body.blockers)).toEqual([
      'disclaimer',
      'citations-resolve',
      'readability',
    ])
    const citation = response.body.blockers[1] as Finding
    expect(citation.message).toBe(
      '[2] in the introduction cites reference 2, but the article lists 1 reference(s).',
    )
    expect(checksOf(response.body.warnings)).toContain('uncited-reference')

    // The submission is refused too: the marker is a blocking pre-review check, in the same words.
    const submitted = await act(app.server, callers.team.writer, 'articles', id, 'submit')
    expect(submitted.status).toBe(400)
    expect(submitted.body.errors[0].data.errors).toContainEqual({
      path: 'body',
      message:
        'The introduction: “[2]” — this cites a reference the article does not list (it lists 1); add the reference or correct the number.',
    })
  })

  it('checks a FAQ and a reference, which carries no disclaimer', async () => {
    const faq = await createAs(app.server, callers.team.writer, 'faqs', faqData())
    const faqCheck = await check(callers.team.editor, 'faqs', faq)
    expect(faqCheck.status).toBe(200)
    expect(faqCheck.body).toMatchObject({ ready: true, blockers: [] })
    expect(checksOf(faqCheck.body.warnings)).toEqual(['answer'])

    const reference = await createAs(app.server, callers.team.writer, 'references', {
      title: 'A web page',
      url: 'https://example.org/page',
    })
    const referenceCheck = await check(callers.team.reviewer, 'references', reference)
    expect(referenceCheck.status).toBe(200)
    expect(checksOf(referenceCheck.body.warnings)).toEqual([
      'authors',
      'source',
      'year',
      'accessed-at',
    ])
  })
})
