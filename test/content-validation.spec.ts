import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, createComparisonRow } from './helpers/content'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { fieldErrorPaths, fieldErrors } from './helpers/validationErrors'

const ORAL = 'Oral Baclofen'
const CYCLO = 'Cyclobenzaprine (Flexeril)'
const ITB = 'Intrathecal Baclofen (ITB)'

describe('content validation', () => {
  let app: TestApp
  let token: string

  const post = (collection: string, data: Record<string, unknown>) =>
    request(app.server).post(`/api/${collection}`).set('Authorization', bearer(token)).send(data)

  beforeAll(async () => {
    app = await startTestApp()
    const writer = await createUser(app.payload, 'writer')
    token = await loginToken(app.server, writer.email, writer.password)
  })

  afterAll(async () => {
    await app.close()
  })

  describe('references', () => {
    const reference = (fields: Record<string, unknown>) => ({ title: 'Baclofen', ...fields })

    it('refuses a reference without URL, DOI or PMID, naming all three', async () => {
      const response = await post('references', reference({ source: 'MedlinePlus' }))
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body).sort()).toEqual(['doi', 'pmid', 'url'])
      expect(fieldErrors(response.body)[0].message).toMatch(/at least one/)
      expect(await app.payload.count({ collection: 'references' })).toEqual({ totalDocs: 0 })
    })

    it.each([
      ['doi', 'doi:10.1000/182'],
      ['doi', '10.12/abc'],
      ['doi', 'https://doi.org/10.1000/182'],
      ['pmid', 'PMID 30252333'],
      ['pmid', '0123'],
      ['url', 'medlineplus.gov/druginfo/meds/a682530.html'],
      ['url', 'ftp://example.org/baclofen.pdf'],
      ['url', 'javascript:alert(1)'],
    ])('refuses a malformed %s (%s) with a 400 naming it', async (field, value) => {
      const response = await post('references', reference({ [field]: value }))
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body)).toEqual([field])
    })

    it('refuses a publication year in the future', async () => {
      const response = await post(
        'references',
        reference({ url: 'https://example.org/a', year: new Date().getFullYear() + 5 }),
      )
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body)).toEqual(['year'])
    })

    it.each([
      ['url', 'https://medlineplus.gov/druginfo/meds/a682530.html'],
      ['doi', '10.1002/14651858.CD001332'],
      ['pmid', '30252333'],
    ])('accepts a reference identified only by a well-formed %s', async (field, value) => {
      const response = await post('references', reference({ [field]: value }))
      expect(response.status).toBe(201)
      expect(response.body.doc[field]).toBe(value)
    })
  })

  describe('comparison rows', () => {
    it('refuses a row that names the same treatment twice', async () => {
      const response = await post('comparison-rows', {
        feature: 'Dosing',
        cells: [
          { treatment: ORAL, value: 'a' },
          { treatment: ' oral baclofen ', value: 'b' },
        ],
      })
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body)).toEqual(['cells'])
    })

    it('refuses an article whose rows do not match its columns, naming the row and treatment', async () => {
      const matching = await createComparisonRow(app.payload, 'Primary Use', [ORAL, CYCLO, ITB])
      const missing = await createComparisonRow(app.payload, 'Dosing', [ORAL, CYCLO])
      const extra = await createComparisonRow(app.payload, 'Mechanism', [
        ORAL,
        CYCLO,
        ITB,
        'Tizanidine',
      ])
      const data = articleData({
        comparisonColumns: [ORAL, CYCLO, ITB],
        comparisonRows: [matching.id, missing.id, extra.id],
      })
      const response = await post('articles', data)
      expect(response.status).toBe(400)
      const [error] = fieldErrors(response.body)
      expect(error.path).toBe('comparisonRows')
      expect(error.message).toContain(`row "Dosing" is missing "${ITB}"`)
      expect(error.message).toContain('row "Mechanism" has extra "Tizanidine"')
      expect(error.message).not.toContain('Primary Use')
      const stored = await app.payload.find({
        collection: 'articles',
        where: { title: { equals: data.title } },
      })
      expect(stored.totalDocs).toBe(0)
    })

    it('accepts an article whose rows line up with its columns', async () => {
      const row = await createComparisonRow(app.payload, 'Side Effects', [ITB, ORAL])
      const response = await post(
        'articles',
        articleData({ comparisonColumns: [ORAL, ITB], comparisonRows: [row.id] }),
      )
      expect(response.status).toBe(201)
      const stored = await app.payload.findByID({
        collection: 'articles',
        id: response.body.doc.id,
        depth: 0,
      })
      expect(stored.comparisonRows).toEqual([row.id])
    })

    it('refuses rows without columns to line up with', async () => {
      const row = await createComparisonRow(app.payload, 'Administration', [ORAL])
      const response = await post('articles', articleData({ comparisonRows: [row.id] }))
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body)).toEqual(['comparisonRows'])
    })
  })

  describe('slugs', () => {
    it('makes a lower-case URL-safe slug from the title when none is given', async () => {
      const response = await post(
        'articles',
        articleData({ title: 'Baclofen & Tizanidine: Côté FAQ?' }),
      )
      expect(response.status).toBe(201)
      expect(response.body.doc.slug).toBe('baclofen-and-tizanidine-cote-faq')
    })

    it('refuses a duplicate slug with a 400 naming slug, not a 500', async () => {
      const first = await post('articles', articleData({ slug: 'baclofen-dosing' }))
      expect(first.status).toBe(201)
      const second = await post('articles', articleData({ slug: 'baclofen-dosing' }))
      expect(second.status).toBe(400)
      expect(fieldErrorPaths(second.body)).toEqual(['slug'])
      expect(fieldErrors(second.body)[0].message).toContain('already used')
    })

    it('refuses a duplicate slug on a draft save too', async () => {
      await post('articles', articleData({ slug: 'baclofen-overdose' }))
      const draft = await request(app.server)
        .post('/api/articles?draft=true')
        .set('Authorization', bearer(token))
        .send(articleData({ slug: 'baclofen-overdose' }))
      expect(draft.status).toBe(400)
      expect(fieldErrorPaths(draft.body)).toEqual(['slug'])
    })

    it.each(['Baclofen Dosing', 'baclofen--dosing', 'baclofen_dosing', '-baclofen'])(
      'refuses the malformed slug "%s"',
      async (slug) => {
        const response = await post('articles', articleData({ slug }))
        expect(response.status).toBe(400)
        expect(fieldErrorPaths(response.body)).toEqual(['slug'])
      },
    )
  })

  it('lists every failing field of an article at once', async () => {
    const response = await post('articles', { slug: 'Not A Slug' })
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body).sort()).toEqual(['slug', 'summary', 'title'])
    expect(JSON.stringify(response.body)).not.toMatch(/stack|at .*\.js/)
  })
})
