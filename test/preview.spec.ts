import { createHash } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, richText } from './helpers/content'
import { resolveOpenThreads } from './helpers/reviewComments'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createConsumerKey } from './helpers/users'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Shown = { collection: string; id: string; title: string; versionId: string; live: boolean }
type Preview = {
  page: { title: string; faqs: { question: string }[]; references: { title: string }[] }
  shown: Shown[]
  warnings: string[]
}

/** The staff preview: the page readers will see, from the latest versions, never public. */
describe('the preview of an article as readers will see it (GET /api/preview/articles/{id})', () => {
  const spec = useTeamApp()

  const preview = (id: string, query = '', token = spec.team.reviewer.token) =>
    request(spec.app.server)
      .get(`/api/preview/articles/${id}${query}`)
      .set('Authorization', bearer(token))

  /** A writer's new article with a new FAQ and reference, all drafts. */
  const draftUnit = async (
    title = `Baclofen and sleep ${Math.random().toString(36).slice(2, 7)}`,
  ) => {
    const server = spec.app.server
    const faq = await createAs(server, spec.team.writer, 'faqs', faqData('Can I drink alcohol?'))
    const reference = await createAs(server, spec.team.writer, 'references', {
      title: 'Baclofen label (DailyMed)',
      url: 'https://dailymed.nlm.nih.gov/dailymed/',
    })
    const article = await createAs(
      server,
      spec.team.writer,
      'articles',
      articleData({
        title,
        faqs: [faq],
        references: [reference],
        keyPoints: [{ title: 'Spasticity', text: 'Baclofen eases muscle stiffness.' }],
        body: richText('Baclofen relaxes muscles.'),
      }),
    )
    return { article, faq, reference, title }
  }

  it('shows a draft article with its draft FAQ and reference, says what is not live, and is never cached', async () => {
    const unit = await draftUnit()
    const response = await preview(unit.article)
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe('private, no-store')
    const body = response.body as Preview
    expect(body.page.title).toBe(unit.title)
    expect(body.page.faqs.map((faq) => faq.question)).toEqual(['Can I drink alcohol?'])
    expect(body.page.references.map((reference) => reference.title)).toEqual([
      'Baclofen label (DailyMed)',
    ])
    expect(body.shown.map((doc) => [doc.collection, doc.id, doc.live])).toEqual([
      ['articles', unit.article, false],
      ['faqs', unit.faq, false],
      ['references', unit.reference, false],
    ])
    expect(body.shown.every((doc) => typeof doc.versionId === 'string')).toBe(true)
    expect(body.warnings).toEqual([
      '"Can I drink alcohol?" is not live yet (draft).',
      '"Baclofen label (DailyMed)" is not live yet (draft).',
    ])
    // The writer sees their own draft too.
    expect((await preview(unit.article, '', spec.team.writer.token)).body.page.title).toBe(
      unit.title,
    )
  })

  it('renders the HTML page with the delivery page’s sections, escaped, framable by the CMS only', async () => {
    const unit = await draftUnit('Baclofen <script>alert(1)</script> & you')
    const response = await preview(unit.article, '?format=html')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
    const csp = response.headers['content-security-policy'] as string
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("default-src 'none'")
    const html = response.text
    expect(html).toContain('<h1>Baclofen &#60;script&#62;alert(1)&#60;/script&#62; &#38; you</h1>')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain(
      '<strong>Staff preview</strong>, never shown to readers: the latest saved versions of the article (draft) and of its 2 linked documents',
    )
    expect(html).toContain('<summary>Can I drink alcohol?</summary>')
    expect(html).toContain('<li value="1"><a href="https://dailymed.nlm.nih.gov/dailymed/">')
    expect(html).toContain('<li><strong>Spasticity:</strong> Baclofen eases muscle stiffness.</li>')
    expect(html).toContain('<aside class="disclaimer">')
    // The one inline script runs because the policy names its hash, and nothing else would.
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)
    expect(scripts).toHaveLength(1)
    const hash = createHash('sha256').update(scripts[0]!).digest('base64')
    expect(csp).toContain(`script-src 'sha256-${hash}'`)
  })

  it('previews the revision of a live article while the delivered page stays as published', async () => {
    const unit = await draftUnit()
    const server = spec.app.server
    for (const [collection, id] of [
      ['faqs', unit.faq],
      ['references', unit.reference],
      ['articles', unit.article],
    ] as const)
      await publishThroughWorkflow(server, collection, id, spec.team)
    const published = (await preview(unit.article)).body as Preview
    expect(published.warnings).toEqual([])
    expect(published.shown.every((doc) => doc.live)).toBe(true)

    const revised = await request(server)
      .patch(`/api/articles/${unit.article}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ changeReason: 'Edited for the test', title: `${unit.title} (revised)` })
    expect(revised.status).toBe(200)
    const revision = (await preview(unit.article)).body as Preview
    expect(revision.page.title).toBe(`${unit.title} (revised)`)
    expect(revision.shown[0]!.live).toBe(true)
    expect(revision.shown[0]!.versionId).not.toBe(published.shown[0]!.versionId)
    const slug = (await spec.app.payload.findByID({ collection: 'articles', id: unit.article }))
      .slug
    const live = await request(server).get(`/api/delivery/articles/${slug}`)
    expect(live.body.title).toBe(unit.title)

    // One stored version, as the sign-off dialog links to it: the published one.
    const pinned = await preview(unit.article, `?version=${published.shown[0]!.versionId}`)
    expect(pinned.status).toBe(200)
    expect(pinned.body.page.title).toBe(unit.title)
  })

  it('refuses a version of another article, an unknown article and malformed input without a 500', async () => {
    const one = await draftUnit()
    const other = await draftUnit()
    const otherVersion = ((await preview(other.article)).body as Preview).shown[0]!.versionId
    expect((await preview(one.article, `?version=${otherVersion}`)).status).toBe(404)
    expect((await preview('0123456789abcdef01234567')).status).toBe(404)
    expect((await preview('999999')).status).toBe(404)
    const badVersion = await preview(one.article, '?version=%7B%22%24ne%22%3A1%7D')
    expect(badVersion.status).toBe(400)
    expect(JSON.stringify(badVersion.body)).toContain('version is the id of one of the article')
    const badFormat = await preview(one.article, '?format=pdf')
    expect(badFormat.status).toBe(400)
    expect(JSON.stringify(badFormat.body)).toContain('format is json or html')
  })

  it('refuses a sign-off of a version the pharmacist did not read, over REST and GraphQL', async () => {
    const unit = await draftUnit()
    const server = spec.app.server
    const { reviewer, writer } = spec.team
    expect((await act(server, writer, 'articles', unit.article, 'submit')).status).toBe(200)
    const read = ((await preview(unit.article)).body as Preview).shown[0]!.versionId
    // While the pharmacist reads, a second one sends it back, and the writer changes and resubmits it.
    expect(
      (
        await act(server, spec.team.reviewer2, 'articles', unit.article, 'request-changes', {
          comment: 'Shorten the summary.',
        })
      ).status,
    ).toBe(200)
    const edited = await request(server)
      .patch(`/api/articles/${unit.article}?draft=true`)
      .set('Authorization', bearer(writer.token))
      .send({ summary: 'A different summary the pharmacist has not read.' })
    expect(edited.status).toBe(200)
    expect((await act(server, writer, 'articles', unit.article, 'submit')).status).toBe(200)

    const stale = await act(server, reviewer, 'articles', unit.article, 'sign-off', {
      password: reviewer.password,
      readVersion: read,
    })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toContain('changed since you read it')
    const overGraphql = await request(server)
      .post('/api/graphql')
      .set('Authorization', bearer(reviewer.token))
      .send({
        query:
          'mutation ($id: String!, $password: String!, $read: String) { workflowSignOff(collection: articles, id: $id, password: $password, readVersion: $read) { state } }',
        variables: { id: unit.article, password: reviewer.password, read },
      })
    expect(JSON.stringify(overGraphql.body.errors)).toContain('changed since you read it')
    const signatures = await spec.app.payload.find({
      collection: 'signatures',
      where: { documentId: { equals: unit.article } },
    })
    expect(signatures.totalDocs).toBe(0)
    const latest = await spec.app.payload.findByID({
      collection: 'articles',
      id: unit.article,
      draft: true,
    })
    expect(latest.workflowState).toBe('in_review')

    const hostile = await act(server, reviewer, 'articles', unit.article, 'sign-off', {
      password: reviewer.password,
      readVersion: { $ne: 1 },
    })
    expect(hostile.status).toBe(400)
    // Once the thread is resolved and they have read the latest, the pharmacist signs it.
    await resolveOpenThreads(server, spec.team.reviewer2, 'articles', unit.article)
    const current = ((await preview(unit.article)).body as Preview).shown[0]!.versionId
    const signed = await act(server, reviewer, 'articles', unit.article, 'sign-off', {
      password: reviewer.password,
      readVersion: current,
    })
    expect(signed.status).toBe(200)
  })

  it('is staff-only: anonymous and consumer callers get nothing of the draft, over REST and GraphQL', async () => {
    const unit = await draftUnit()
    const server = spec.app.server
    for (const format of ['json', 'html']) {
      const anonymous = await request(server).get(
        `/api/preview/articles/${unit.article}?format=${format}`,
      )
      expect(anonymous.status).toBe(401)
      expect(anonymous.text).not.toContain(unit.title)
    }
    const key = await createConsumerKey(spec.app.payload)
    spec.app.knownSecrets.push(key)
    const byConsumer = await request(server)
      .get(`/api/preview/articles/${unit.article}?format=html`)
      .set('Authorization', `users API-Key ${key}`)
    expect(byConsumer.status).toBe(403)
    expect(byConsumer.text).not.toContain(unit.title)
    // GraphQL has no preview; its article reads give a consumer nothing of the draft either.
    const graphql = await request(server)
      .post('/api/graphql')
      .set('Authorization', `users API-Key ${key}`)
      .send({ query: `{ Article(id: "${unit.article}", draft: true) { title } }` })
    expect(JSON.stringify(graphql.body)).not.toContain(unit.title)
    // Submitting does not open it up.
    expect((await act(server, spec.team.writer, 'articles', unit.article, 'submit')).status).toBe(
      200,
    )
    expect(
      (await request(server).get(`/api/preview/articles/${unit.article}?format=html`)).status,
    ).toBe(401)
  })
})
