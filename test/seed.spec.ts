import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Article, ComparisonRow, Disclaimer, Drug, Faq, Reference } from '../src/payload-types'

import { seedDatabase } from '../seed/seedDatabase'
import { lexicalToPlainText } from '../src/richText/plainText'
import {
  sourceComparisonLines,
  sourceDisclaimer,
  sourceFaqAnswers,
  sourceKeyPoints,
  sourceQuickSummary,
  sourceReferenceCount,
} from './helpers/seedSource'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken } from './helpers/users'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'

// The sections the customer's source prints, in order (h2, with h3 sub-sections).
const EXPECTED_HEADINGS = [
  ['h2', 'What is Baclofen and How Does it Work?'],
  ['h2', 'Primary Benefits of Baclofen for Spasticity'],
  ['h2', 'Benefits for Specific Conditions'],
  ['h3', 'Multiple Sclerosis (MS)'],
  ['h3', 'Spinal Cord Injury (SCI)'],
  ['h2', 'Oral Baclofen vs. Other Treatments'],
  ['h2', 'Important Considerations and Side Effects'],
  ['h2', 'Conclusion'],
]
const TREATMENTS = ['Oral Baclofen', 'Cyclobenzaprine (Flexeril)', 'Intrathecal Baclofen (ITB)']

type LexicalNode = { type: string; tag?: string; children?: LexicalNode[] }

const headingsOf = (body: unknown): string[][] =>
  ((body as { root: LexicalNode }).root.children ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => [node.tag ?? '', lexicalToPlainText({ root: node })])

const bulletCount = (body: unknown): number[] =>
  ((body as { root: LexicalNode }).root.children ?? [])
    .filter((node) => node.type === 'list')
    .map((node) => node.children?.length ?? 0)

const COLLECTIONS = [
  'articles',
  'faqs',
  'comparison-rows',
  'references',
  'disclaimers',
  'users',
] as const

describe('the baclofen seed', () => {
  let app: TestApp
  let token: string
  let article: Article

  beforeAll(async () => {
    app = await startTestApp()
    await seedDatabase(app.payload)
    const editor = await createUser(app.payload, 'editor')
    token = await loginToken(app.server, editor.email, editor.password)
    // Read as a downstream site would: anonymously, so only published content shows.
    const response = await request(app.server)
      .get('/api/articles')
      .query({ 'where[slug][equals]': SLUG, depth: 1 })
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(1)
    article = response.body.docs[0]
  })

  afterAll(async () => {
    await app.close()
  })

  it('has the title and the quick summary of the source', () => {
    expect(article.title).toBe('What Are the Benefits of Taking Baclofen?')
    expect(article.summary).toBe(sourceQuickSummary())
    const drugs = (article.drugs ?? []) as Drug[]
    expect(drugs.map((drug) => drug.name)).toEqual(['baclofen'])
    expect(drugs[0].synonyms).toEqual(expect.arrayContaining(['Lioresal']))
    expect(article.conditions).toEqual(
      expect.arrayContaining(['multiple sclerosis', 'spinal cord injury']),
    )
  })

  it('has all 7 key points of the source, in order', () => {
    expect(article.keyPoints?.map(({ title, text }) => ({ title, text }))).toEqual(
      sourceKeyPoints(),
    )
  })

  it('has every section and sub-section heading in order, and the 5 listed benefits', () => {
    expect(headingsOf(article.body)).toEqual(EXPECTED_HEADINGS)
    expect(bulletCount(article.body)).toEqual([5])
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(4)
  })

  it('links all 8 FAQs in order, each answering with the source text', () => {
    const faqs = article.faqs as Faq[]
    expect(faqs.map((faq) => lexicalToPlainText(faq.answer))).toEqual(sourceFaqAnswers())
    for (const faq of faqs) expect(faq.question).toMatch(/\?$/)
  })

  it('has the comparison table: 3 treatment columns and 5 rows in the source order', () => {
    expect(article.comparisonColumns).toEqual(TREATMENTS)
    const [header, ...rowLines] = sourceComparisonLines()
    expect(header).toBe(['Feature', ...TREATMENTS].join(' '))
    const rows = article.comparisonRows as ComparisonRow[]
    expect(rows.map((row) => row.feature)).toEqual([
      'Primary Use',
      'Administration',
      'Dosing',
      'Mechanism',
      'Side Effects',
    ])
    rows.forEach((row, index) => {
      expect(row.cells.map((cell) => cell.treatment)).toEqual(TREATMENTS)
      expect([row.feature, ...row.cells.map((cell) => cell.value)].join(' ')).toBe(rowLines[index])
    })
  })

  it('has as many numbered references as the source, each findable by URL, DOI or PMID', () => {
    const references = article.references as Reference[]
    expect(references).toHaveLength(sourceReferenceCount())
    for (const reference of references) {
      expect(reference.title).toBeTruthy()
      expect(reference.source).toBeTruthy()
      expect(reference.url || reference.doi || reference.pmid).toBeTruthy()
    }
  })

  it('carries the Medical Disclaimer as the default disclaimer', () => {
    const disclaimer = article.disclaimer as Disclaimer
    expect(disclaimer.title).toBe('Medical Disclaimer')
    expect(disclaimer.isDefault).toBe(true)
    expect(lexicalToPlainText(disclaimer.text)).toBe(sourceDisclaimer())
    for (const faq of article.faqs as Faq[]) expect(faq.disclaimer).toBe(disclaimer.id)
  })

  it('went through the review workflow: writer submitted, pharmacist signed, editor published', async () => {
    expect(article).toMatchObject({ _status: 'published', workflowState: 'published' })
    const { docs: writers } = await app.payload.find({
      collection: 'users',
      where: { email: { equals: 'writer@medreview.example' } },
    })
    // The public may not read accounts, so the author stays an id even at depth=1.
    expect(article.createdBy).toBe(writers[0].id)
    expect(article.lastReviewedAt).toBeTruthy()

    const signatures = await request(app.server)
      .get('/api/signatures')
      .query({ 'where[documentId][equals]': article.id })
      .set('Authorization', bearer(token))
    expect(signatures.body.docs).toHaveLength(1)
    expect(signatures.body.docs[0].printedName).toBe('Riya Reviewer, PharmD, RPh')

    const audit = await request(app.server)
      .get('/api/audit-log')
      .query({ 'where[documentId][equals]': article.id, sort: 'at' })
      .set('Authorization', bearer(token))
    expect(audit.body.docs.map((entry: { action: string }) => entry.action)).toEqual([
      'submit',
      'sign-off',
      'publish',
    ])
    for (const faq of article.faqs as Faq[]) expect(faq._status).toBe('published')
  })

  it("keeps the seed's own review as read history in the demo accounts' inboxes", async () => {
    const { docs } = await app.payload.find({
      collection: 'notifications',
      pagination: false,
      depth: 0,
    })
    expect(docs.some((entry) => entry.subject === 'Published')).toBe(true)
    expect(docs.filter((entry) => !entry.read)).toEqual([])
  })

  it('creates one demo account per role, the reviewer with a licence valid into the future', async () => {
    const { docs } = await app.payload.find({
      collection: 'users',
      where: { email: { like: '@medreview.example' } },
    })
    expect(docs.map((user) => user.role).sort()).toEqual([
      'admin',
      'editor',
      'qa',
      'reviewer',
      'writer',
    ])
    const reviewer = docs.find((user) => user.role === 'reviewer')
    expect(reviewer?.credentials).toContain('PharmD')
    expect(new Date(reviewer?.licenceExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now())
  })

  it('enrols the demo pharmacist in two-factor authentication and signs with a current code', async () => {
    const stored = (await app.payload.db.findOne({
      collection: 'users',
      where: { email: { equals: 'reviewer@medreview.example' } },
    })) as Record<string, unknown>
    expect(stored.totpEnrolledAt).toEqual(expect.any(String))
    expect(stored.totpRecoveryCodes).toHaveLength(10)
    // The sign-off spent the code of the step it signed in.
    const stepNow = Math.floor(Date.now() / 30_000)
    expect(Number(stored.totpLastStep)).toBeGreaterThan(stepNow - 20)
    expect(Number(stored.totpLastStep)).toBeLessThanOrEqual(stepNow + 1)
  })

  it('reads the same article, in the same order, over GraphQL', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(token))
      .send({
        query: `query ($slug: String) {
          Articles(where: { slug: { equals: $slug } }, draft: true) {
            docs {
              title summary keyPoints { title text } comparisonColumns
              faqs { question } comparisonRows { feature cells { treatment value } }
              references { title url } disclaimer { title }
            }
          }
        }`,
        variables: { slug: SLUG },
      })
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    const [viaGraphQL] = response.body.data.Articles.docs
    expect(viaGraphQL.keyPoints).toEqual(sourceKeyPoints())
    expect(viaGraphQL.faqs.map((faq: Faq) => faq.question)).toEqual(
      (article.faqs as Faq[]).map((faq) => faq.question),
    )
    expect(viaGraphQL.comparisonRows).toEqual(
      (article.comparisonRows as ComparisonRow[]).map(({ feature, cells }) => ({
        feature,
        cells: cells.map(({ treatment, value }) => ({ treatment, value })),
      })),
    )
    expect(viaGraphQL.references.map((reference: Reference) => reference.title)).toEqual(
      (article.references as Reference[]).map((reference) => reference.title),
    )
    expect(viaGraphQL.disclaimer.title).toBe('Medical Disclaimer')
  })

  it('changes nothing when run a second time', async () => {
    const counts = async () => {
      const result: Record<string, number> = {}
      for (const collection of COLLECTIONS) {
        result[collection] = (await app.payload.count({ collection })).totalDocs
        if (collection !== 'users') {
          result[`${collection} versions`] = (
            await app.payload.countVersions({ collection })
          ).totalDocs
        }
      }
      return result
    }
    const before = await counts()
    const second = await seedDatabase(app.payload)
    expect(second.created).toEqual({})
    expect(await counts()).toEqual(before)
    expect(before).toMatchObject({ articles: 1, faqs: 8, 'comparison-rows': 5, references: 8 })
  })
})
