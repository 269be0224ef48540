import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import request from 'supertest'

import { seedDatabase } from '../seed/seedDatabase'
import { richText } from './helpers/content'
import { DELIVERY_SITE } from './helpers/deliverySite'
import { createTeam, type Team } from './helpers/team'
import { startTestApp, type TestApp } from './helpers/testApp'
import { fieldErrorPaths } from './helpers/validationErrors'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'
const PAGE = `/api/delivery/articles/${SLUG}`

// SEO metadata in the page, its JSON-LD and the list: test/delivery-seo-metadata.spec.ts
describe('the delivery API for downstream sites', () => {
  let app: TestApp
  let team: Team
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'medreview-media-'))

  beforeAll(async () => {
    app = await startTestApp({ ...DELIVERY_SITE, MEDIA_DIR: mediaDir })
    await seedDatabase(app.payload)
    team = await createTeam(app.payload, app.server)
  })

  afterAll(async () => {
    await app.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })

  describe('the seeded article page', () => {
    let page: Record<string, any>

    beforeAll(async () => {
      const response = await request(app.server).get(PAGE)
      expect(response.status).toBe(200)
      page = response.body
    })

    it('has the article, its key points and the body as Lexical JSON and HTML', () => {
      expect(page.title).toBe('What Are the Benefits of Taking Baclofen?')
      expect(page.keyPoints).toHaveLength(7)
      expect(page.body.root.children.length).toBeGreaterThan(10)
      expect(page.bodyHtml).toContain('<h2>What is Baclofen and How Does it Work?</h2>')
      expect(page.bodyHtml).toContain('<h3>Spinal Cord Injury (SCI)</h3>')
      expect(page.bodyHtml).toContain('<strong>Better sleep quality:</strong>')
    })

    it('has the FAQs, the comparison table as columns and rows, and numbered references', () => {
      expect(page.faqs).toHaveLength(8)
      expect(page.faqs[0].answerHtml).toMatch(/^<p>Baclofen is most commonly used/)
      expect(page.comparisonTable.columns).toEqual([
        'Oral Baclofen',
        'Cyclobenzaprine (Flexeril)',
        'Intrathecal Baclofen (ITB)',
      ])
      expect(page.comparisonTable.rows.map((row: { feature: string }) => row.feature)).toEqual([
        'Primary Use',
        'Administration',
        'Dosing',
        'Mechanism',
        'Side Effects',
      ])
      expect(page.comparisonTable.rows[1].cells[1]).toBe('Oral tablet')
      expect(page.references.map((reference: { number: number }) => reference.number)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ])
    })

    it('has the disclaimer text and the review block', () => {
      expect(page.disclaimer.title).toBe('Medical Disclaimer')
      expect(page.disclaimer.textHtml).toContain('should not replace professional medical advice')
      expect(page.review).toMatchObject({
        reviewerName: 'Riya Reviewer',
        credentials: 'PharmD, RPh',
        printedName: 'Riya Reviewer, PharmD, RPh',
      })
      expect(new Date(page.review.nextReviewDue).getTime()).toBeGreaterThan(
        new Date(page.review.lastReviewedAt).getTime(),
      )
      const reviewedOn = new Date(page.review.lastReviewedAt).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      expect(page.review.line).toBe(
        `Medically reviewed by Riya Reviewer, PharmD, RPh on ${reviewedOn}`,
      )
    })

    it('carries schema.org MedicalWebPage JSON-LD', () => {
      const ld = page.jsonLd
      expect(ld['@context']).toBe('https://schema.org')
      expect(ld['@type']).toBe('MedicalWebPage')
      // No SEO metadata written for the seeded article: the summary describes it, no share image.
      expect(page.meta).toEqual({ title: null, description: null, image: null })
      expect(ld.description).toBe(page.summary)
      expect(ld.image).toBeUndefined()
      expect(ld.url).toBe(`https://drugs.example.org/articles/${SLUG}`)
      expect(ld.inLanguage).toBe('en-GB')
      expect(ld.publisher).toEqual({
        '@type': 'Organization',
        name: 'Example Pharmacy Group',
        url: 'https://drugs.example.org',
      })
      expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(ld.reviewedBy).toEqual({
        '@type': 'Person',
        name: 'Riya Reviewer',
        hasCredential: [
          { '@type': 'EducationalOccupationalCredential', credentialCategory: 'PharmD' },
          { '@type': 'EducationalOccupationalCredential', credentialCategory: 'RPh' },
        ],
      })
      expect(ld.citation).toHaveLength(8)
      expect(ld.citation[0]).toMatchObject({
        '@type': 'CreativeWork',
        url: expect.stringMatching(/^https:\/\//),
      })
      expect(ld.about).toContainEqual({ '@type': 'Drug', name: 'baclofen' })
      expect(ld.medicalAudience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Patient' })
      expect(ld.mainEntity['@type']).toBe('FAQPage')
      expect(ld.mainEntity.mainEntity).toHaveLength(8)
      expect(ld.mainEntity.mainEntity[0]).toMatchObject({
        '@type': 'Question',
        name: page.faqs[0].question,
        acceptedAnswer: { '@type': 'Answer', text: expect.stringContaining('spasticity') },
      })
    })
  })

  describe('HTTP caching', () => {
    it('sends ETag and Cache-Control, and answers If-None-Match with 304', async () => {
      const first = await request(app.server).get(PAGE)
      expect(first.headers.etag).toMatch(/^".+"$/)
      expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/)
      const again = await request(app.server).get(PAGE).set('If-None-Match', first.headers.etag)
      expect(again.status).toBe(304)
      expect(again.text ?? '').toBe('')
    })

    it('keeps the page and its ETag while a newer draft of the article waits', async () => {
      const before = await request(app.server).get(PAGE)
      const { docs } = await app.payload.find({
        collection: 'articles',
        where: { slug: { equals: SLUG } },
      })
      await app.payload.update({
        collection: 'articles',
        id: docs[0].id,
        data: { title: 'A draft title nobody reviewed', changeReason: 'Edited for the test' },
        draft: true,
        user: team.editor,
      })
      const after = await request(app.server).get(PAGE)
      expect(after.body.title).toBe('What Are the Benefits of Taking Baclofen?')
      expect(after.headers.etag).toBe(before.headers.etag)
    })

    it('keeps a FAQ on the page while the page shows it: its withdrawal alone is refused, same ETag', async () => {
      const before = await request(app.server).get(PAGE)
      const { docs } = await app.payload.find({
        collection: 'faqs',
        where: { question: { equals: 'How does baclofen work?' } },
      })
      const withdrawn = await act(app.server, team.editor, 'faqs', docs[0].id, 'withdraw', {
        reason: 'Re-review',
      })
      expect(withdrawn.status).toBe(409)
      expect(withdrawn.body.errors[0].message).toContain(
        '"What Are the Benefits of Taking Baclofen?"',
      )
      const after = await request(app.server).get(PAGE).set('If-None-Match', before.headers.etag)
      expect(after.status).toBe(304)
      const fresh = await request(app.server).get(PAGE)
      expect(fresh.body.faqs).toHaveLength(8)
      expect(JSON.stringify(fresh.body)).toContain('How does baclofen work?')
    })
  })

  describe('what never reaches downstream sites', () => {
    it('answers 404 for a draft article and for a withdrawn one', async () => {
      const draftId = await createAs(app.server, team.writer, 'articles', {
        title: 'Tizanidine basics',
        summary: 'Not yet reviewed.',
      })
      const draft = await request(app.server).get('/api/delivery/articles/tizanidine-basics')
      expect(draft.status).toBe(404)

      await publishThroughWorkflow(app.server, 'articles', draftId, team)
      expect(
        (await request(app.server).get('/api/delivery/articles/tizanidine-basics')).status,
      ).toBe(200)
      await act(app.server, team.editor, 'articles', draftId, 'withdraw', { reason: 'Outdated' })
      expect(
        (await request(app.server).get('/api/delivery/articles/tizanidine-basics')).status,
      ).toBe(404)
      const list = await request(app.server).get('/api/delivery/articles')
      expect(list.body.docs.map((doc: { slug: string }) => doc.slug)).not.toContain(
        'tizanidine-basics',
      )
    })

    it('answers 404, never a 500, for hostile slugs (400 for an address that does not decode)', async () => {
      const undecodable = await request(app.server).get('/api/delivery/articles/%E0%A4%A')
      expect(undecodable.status).toBe(400)
      expect(undecodable.body.errors[0].message).toMatch(/malformed percent-encoding/)
      for (const path of [
        '%00',
        'x'.repeat(5_000),
        "what-are-the-benefits-of-taking-baclofen'%20or%20'1'%3D'1",
        '..%2F..%2Fapi%2Fusers',
        '%2A',
      ]) {
        const response = await request(app.server).get(`/api/delivery/articles/${path}`)
        expect(response.status).toBe(404)
        expect(response.body.errors[0].message).toBe('No published article has this slug.')
      }
    })

    it('escapes markup written into content', async () => {
      const faqId = await createAs(app.server, team.writer, 'faqs', {
        ...faqData('Is <b>this</b> safe?'),
        answer: richText('<script>alert(1)</script> Ask your pharmacist.'),
      })
      await publishThroughWorkflow(app.server, 'faqs', faqId, team)
      const articleId = await createAs(app.server, team.writer, 'articles', {
        title: 'Markup check',
        summary: 'A <img src=x onerror=alert(1)> summary.',
        faqs: [faqId],
      })
      await publishThroughWorkflow(app.server, 'articles', articleId, team)
      const response = await request(app.server).get('/api/delivery/articles/markup-check')
      expect(response.status).toBe(200)
      expect(response.body.faqs[0].answerHtml).toBe(
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; Ask your pharmacist.</p>',
      )
      // Plain-text fields keep what the writer typed; the raw response cannot end a script element.
      expect(response.text).not.toContain('<')
      expect(response.body.jsonLdScript).toMatch(
        /^<script type="application\/ld\+json">[^<]*<\/script>$/,
      )
      expect(response.body.jsonLdScript).toContain('\\u003cscript\\u003e')
    })
  })

  describe('GET /api/delivery/articles', () => {
    it('lists published articles with slug, title, summary and lastReviewedAt', async () => {
      const response = await request(app.server).get('/api/delivery/articles')
      expect(response.status).toBe(200)
      expect(response.headers.etag).toBeTruthy()
      expect(response.body.docs).toContainEqual(
        expect.objectContaining({ slug: SLUG, title: 'What Are the Benefits of Taking Baclofen?' }),
      )
      expect(Object.keys(response.body.docs[0]).sort()).toEqual(
        ['description', 'lastReviewedAt', 'slug', 'summary', 'title', 'updatedAt'].sort(),
      )
    })

    it('pages, and refuses a bad page size with a 400 naming it', async () => {
      const paged = await request(app.server)
        .get('/api/delivery/articles')
        .query({ limit: 1, page: 1 })
      expect(paged.body).toMatchObject({ page: 1, totalDocs: expect.any(Number) })
      const bad = await request(app.server).get('/api/delivery/articles').query({ limit: 'lots' })
      expect(bad.status).toBe(400)
      expect(fieldErrorPaths(bad.body)).toEqual(['limit'])
      expect(bad.body.errors[0].data.errors[0].message).toBe('limit must be a number')
    })
  })
})
