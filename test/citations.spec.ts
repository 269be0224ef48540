import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { bulletList, heading, lexicalDocument, paragraph } from '../seed/lexical'
import { articleData, createComparisonRow, richText } from './helpers/content'
import {
  checklistItem,
  createFaq,
  createReference,
  publishedArticleCiting,
} from './helpers/evidence'
import {
  DOI,
  PMID,
  RETRACTED_DOI,
  RETRACTED_PMID,
  useEvidenceServices,
} from './helpers/evidenceServices'
import { readLive } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

/** Citation markers resolve to the reference list; DOIs and PMIDs resolve through the services. */
describe('citations', () => {
  const services = useEvidenceServices()
  // The sign-off's own refusal is what these specify: the submission's (a blocking pre-review
  // check, test/pre-review-checks.spec.ts) is made advisory, as for content submitted before it.
  const ctx = useTeamApp(
    Object.assign(services.env, {
      CHECK_SEVERITY:
        'citations.unknown-marker=warn,citations.reversed-range=warn,citations.odd-marker=warn,references.retracted=warn',
    }),
  )

  const readReference = (id: string, token?: string) => {
    const call = request(ctx.app.server).get(`/api/references/${id}?draft=true`)
    if (token) call.set('Authorization', bearer(token))
    return call
  }

  const createArticle = (data: Record<string, unknown>) =>
    createAs(ctx.app.server, ctx.team.writer, 'articles', articleData(data))

  /** An approved article citing a published reference, with a published FAQ whose answer cites [1]. */
  const approvedArticleWithFaq = async (body: string) => {
    const ref = await createReference(ctx, {})
    await publishThroughWorkflow(ctx.app.server, 'references', ref, ctx.team)
    const faq = await createFaq(ctx, 'Ask your pharmacist [1].')
    await publishThroughWorkflow(ctx.app.server, 'faqs', faq, ctx.team)
    const id = await createArticle({ body: richText(body), references: [ref], faqs: [faq] })
    await approve(ctx.app.server, 'articles', id, ctx.team.writer, ctx.team.reviewer)
    return { id, faq }
  }

  const submitAndSign = async (id: string) => {
    expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(200)
    return act(ctx.app.server, ctx.team.reviewer, 'articles', id, 'sign-off', {
      password: ctx.team.reviewer.password,
    })
  }

  const signatureCount = async (id: string) =>
    (
      await ctx.app.payload.count({
        collection: 'signatures',
        where: { documentId: { equals: id } },
      })
    ).totalDocs

  describe('markers', () => {
    it('refuses sign-off while a marker cites no listed reference, naming the marker and where it is', async () => {
      const refs = [await createReference(ctx, {}), await createReference(ctx, {})]
      const id = await createArticle({
        keyPoints: [{ title: 'Eases spasms', text: 'It works at the spinal cord [1].' }],
        body: richText('Baclofen eases spasticity [2, 3] and pain [1–2]. Doses vary [4-6].'),
        references: refs,
      })
      const item = await checklistItem(ctx, 'articles', id, 'citations-resolve')
      expect(item?.met).toBe(false)
      expect(item?.problems).toEqual([
        '[2, 3] in the introduction cites reference 3, but the article lists 2 reference(s)',
        '[4-6] in the introduction cites reference 6, but the article lists 2 reference(s)',
      ])

      const signed = await submitAndSign(id)
      expect(signed.status).toBe(409)
      expect(signed.body.errors[0].data.requirements).toEqual(
        expect.arrayContaining([expect.stringContaining('[2, 3] in the introduction')]),
      )
      expect(await signatureCount(id)).toBe(0)
    })

    it('reads hostile markers without hanging or crediting references: [0], reversed and huge ranges', async () => {
      const ref = await createReference(ctx, {})
      const id = await createArticle({
        body: richText('Zero [0], reversed [1–0], huge [1-999999] and fine [1].'),
        references: [ref],
      })
      const item = await checklistItem(ctx, 'articles', id, 'citations-resolve')
      expect(item?.problems).toEqual([
        '[0] in the introduction cites reference 0, but the article lists 1 reference(s)',
        '[1–0] in the introduction is a reversed range',
        '[1-999999] in the introduction cites reference 999999, but the article lists 1 reference(s)',
      ])
      expect(item?.notes ?? []).toEqual([])
    })

    it('lists a reference nothing cites as a warning that does not block', async () => {
      const refs = [
        await createReference(ctx, { title: 'Cited one' }),
        await createReference(ctx, { title: 'Never cited' }),
      ]
      const id = await createArticle({
        body: richText('Baclofen eases spasticity [1].'),
        references: refs,
      })
      const item = await checklistItem(ctx, 'articles', id, 'citations-resolve')
      expect(item?.met).toBe(true)
      expect(item?.notes).toEqual(['reference [2] "Never cited" is not cited in the text'])
    })

    it('blocks the publish of an approved article when a linked FAQ answer or question gains a marker without a reference', async () => {
      const { id, faq } = await approvedArticleWithFaq('Baclofen eases spasticity [1].')
      const edited = await request(ctx.app.server)
        .patch(`/api/faqs/${faq}?draft=true`)
        .set('Authorization', bearer(ctx.team.writer.token))
        .send({
          changeReason: 'Edited for the test',
          question: 'What about [8]?',
          answer: richText('Ask your pharmacist [1] or see [7].'),
        })
      expect(edited.status).toBe(200)

      const published = await act(ctx.app.server, ctx.team.editor, 'articles', id, 'publish')
      expect(published.status).toBe(409)
      expect(published.body.errors[0].data.requirements).toEqual([
        '[8] in the FAQ question "What about [8]?" cites reference 8, but the article lists 1 reference(s)',
        '[7] in the answer to the FAQ "What about [8]?" cites reference 7, but the article lists 1 reference(s)',
      ])
      expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(404)
    })
  })

  describe('markers in every text a reader sees', () => {
    /** Each place an article's page shows text, holding [5] where the article lists one reference. */
    const places: [string, (ref: string) => Promise<Record<string, unknown>>, string][] = [
      [
        'an h2 heading',
        async () => ({
          body: lexicalDocument(heading('h2', 'Dosing [5]'), paragraph('Start low [1].')),
        }),
        '[5] in the heading "Dosing [5]"',
      ],
      [
        'a list item',
        async () => ({
          body: lexicalDocument(paragraph('Doses [1]:'), bulletList([['Start low [5]']])),
        }),
        '[5] in the introduction',
      ],
      [
        'a key-point title',
        async () => ({
          body: richText('See [1].'),
          keyPoints: [{ title: 'Eases spasms [5]', text: 'At the spinal cord.' }],
        }),
        '[5] in key point 1 "Eases spasms [5]"',
      ],
      [
        'a comparison table cell',
        async () => {
          const row = await createComparisonRow(ctx.app.payload, 'Dosing', ['Oral'])
          await ctx.app.payload.update({
            collection: 'comparison-rows',
            id: row.id,
            data: { cells: [{ treatment: 'Oral', value: 'Twice daily [5]' }] },
          })
          return {
            body: richText('See [1].'),
            comparisonColumns: ['Oral'],
            comparisonRows: [row.id],
          }
        },
        '[5] in the comparison cell "Dosing" / "Oral"',
      ],
      [
        'an FAQ question',
        async () => {
          const faq = await createAs(ctx.app.server, ctx.team.writer, 'faqs', {
            ...faqData('Is it safe with alcohol [5]?'),
            answer: richText('Ask your pharmacist [1].'),
          })
          return { body: richText('See [1].'), faqs: [faq] }
        },
        '[5] in the FAQ question "Is it safe with alcohol [5]?"',
      ],
      [
        'an FAQ answer',
        async () => ({
          body: richText('See [1].'),
          faqs: [await createFaq(ctx, 'Ask your pharmacist [5].')],
        }),
        '[5] in the answer to the FAQ',
      ],
    ]

    it.each(places)(
      'lists a marker in %s that cites a reference the article does not list as a sign-off problem',
      async (_place, content, where) => {
        const ref = await createReference(ctx, {})
        const id = await createArticle({ ...(await content(ref)), references: [ref] })
        const item = await checklistItem(ctx, 'articles', id, 'citations-resolve')
        expect(item?.met).toBe(false)
        expect(item?.problems).toEqual([
          expect.stringMatching(/cites reference 5, but the article lists 1 reference\(s\)$/),
        ])
        expect(item?.problems[0]).toContain(where)
      },
    )

    it('refuses the sign-off of an article whose h2 heading cites a reference it does not list', async () => {
      const ref = await createReference(ctx, {})
      const id = await createArticle({
        body: lexicalDocument(heading('h2', 'Dosing [5]'), paragraph('Start low [1].')),
        references: [ref],
      })
      const signed = await submitAndSign(id)
      expect(signed.status).toBe(409)
      expect(signed.body.errors[0].data.requirements).toEqual([
        '[5] in the heading "Dosing [5]" cites reference 5, but the article lists 1 reference(s)',
      ])
      expect(await signatureCount(id)).toBe(0)
    })
  })

  describe('marker forms', () => {
    const errorsOf = (body: object) => fieldErrors(body)

    it('refuses full-width and other bracket forms on save, naming the field and the normal form', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ summary: 'Eases spasticity ［7］.' }, 'summary', '［7］ as [7]'],
        [{ summary: 'Eases spasticity [７].' }, 'summary', '[７] as [7]'],
        [{ summary: 'Eases spasticity 【7】.' }, 'summary', '【7】 as [7]'],
        [{ summary: 'Eases spasticity [1，２].' }, 'summary', '[1，２] as [1, 2]'],
        [
          { body: lexicalDocument(heading('h2', 'Dosing〔3〕'), paragraph('Start low.')) },
          'body',
          '〔3〕 as [3]',
        ],
        [
          { keyPoints: [{ title: 'Eases spasms【2】', text: 'At the spinal cord.' }] },
          'keyPoints.0.title',
          '【2】 as [2]',
        ],
        [{ comparisonColumns: ['Oral ［1－3］'] }, 'comparisonColumns.0', '［1－3］ as [1–3]'],
      ]
      for (const [data, path, normal] of cases) {
        const response = await request(ctx.app.server)
          .post('/api/articles?draft=true')
          .set('Authorization', bearer(ctx.team.writer.token))
          .send(articleData({ body: richText('Fine [1].'), ...data }))
        expect({ data, status: response.status }).toEqual({ data, status: 400 })
        expect(errorsOf(response.body)).toEqual([
          { path, message: expect.stringContaining(normal) },
        ])
      }
      const { totalDocs } = await ctx.app.payload.count({
        collection: 'articles',
        where: { summary: { like: 'Eases spasticity' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('refuses them on every path that saves an FAQ or a comparison row; what is stored stays', async () => {
      const faq = await createFaq(ctx, 'Ask your pharmacist [1].')
      const writer = bearer(ctx.team.writer.token)
      const byId = await request(ctx.app.server)
        .patch(`/api/faqs/${faq}?draft=true`)
        .set('Authorization', writer)
        .send({ answer: richText('Ask your pharmacist ［1］.') })
      expect(byId.status).toBe(400)
      expect(errorsOf(byId.body)).toEqual([
        { path: 'answer', message: expect.stringContaining('［1］ as [1]') },
      ])
      const bulk = await request(ctx.app.server)
        .patch(`/api/faqs?where[id][equals]=${faq}&draft=true`)
        .set('Authorization', writer)
        .send({ question: 'Is it safe [２]?' })
      expect(bulk.body.docs ?? []).toEqual([])
      expect(JSON.stringify(bulk.body.errors)).toContain('question')
      const viaGraphql = await request(ctx.app.server)
        .post('/api/graphql')
        .set('Authorization', writer)
        .send({
          query:
            'mutation ($id: String!) { updateFaq(id: $id, draft: true, data: { question: "Is it safe 【2】?" }) { id } }',
          variables: { id: faq },
        })
      expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(400)
      await expect(
        ctx.app.payload.update({
          collection: 'faqs',
          id: faq,
          data: { question: 'Is it safe ［3］?' },
          draft: true,
          user: ctx.team.writer,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 400 })
      const stored = await ctx.app.payload.findByID({ collection: 'faqs', id: faq, draft: true })
      expect(JSON.stringify(stored)).not.toMatch(/［|【|２/)

      await expect(
        ctx.app.payload.create({
          collection: 'comparison-rows',
          data: { feature: 'Dosing', cells: [{ treatment: 'Oral', value: 'Twice daily［5］' }] },
          draft: true,
          user: ctx.team.writer,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 400 })
      const { totalDocs } = await ctx.app.payload.count({
        collection: 'comparison-rows',
        where: { 'cells.value': { like: '［5］' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('reads an odd form that older content holds as a problem at sign-off', async () => {
      const ref = await createReference(ctx, {})
      const id = await createArticle({ body: richText('See [1].'), references: [ref] })
      // As saved before the check existed: written straight to the latest version, past the hooks.
      const { docs } = await ctx.app.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
      })
      await ctx.app.payload.db.updateVersion({
        collection: 'articles',
        id: String(docs[0].id),
        versionData: { ...docs[0], version: { ...docs[0].version, summary: 'Old ［1］.' } },
      })
      const item = await checklistItem(ctx, 'articles', id, 'citations-resolve')
      expect(item?.problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            '［1］ in the summary is not written as a citation marker; write it as [1]',
          ),
        ]),
      )
    })
  })

  describe('on every path', () => {
    const graphql = (token: string, query: string, variables: Record<string, unknown>) =>
      request(ctx.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(token))
        .send({ query, variables })

    it('refuses a GraphQL sign-off of an article citing a retracted work', async () => {
      const ref = await createReference(ctx, { doi: RETRACTED_DOI })
      const id = await createArticle({ body: richText('See [1].'), references: [ref] })
      expect((await act(ctx.app.server, ctx.team.writer, 'articles', id, 'submit')).status).toBe(
        200,
      )
      const signed = await graphql(
        ctx.team.reviewer.token,
        'mutation ($id: String!, $password: String!) { workflowSignOff(collection: articles, id: $id, password: $password) { state } }',
        { id, password: ctx.team.reviewer.password },
      )
      expect(signed.body.errors[0].extensions.statusCode).toBe(409)
      expect(signed.body.errors[0].message).toContain('is retracted')
      expect(await signatureCount(id)).toBe(0)
    })

    it('refuses the publish of an approved article whose FAQ gained a bad marker through the Local API and REST in bulk', async () => {
      const { id, faq } = await approvedArticleWithFaq('See [1].')
      await ctx.app.payload.update({
        collection: 'faqs',
        id: faq,
        data: { answer: richText('See [3].'), changeReason: 'Edited for the test' },
        draft: true,
        user: ctx.team.writer,
        overrideAccess: false,
      })

      await expect(
        ctx.app.payload.update({
          collection: 'articles',
          id,
          data: { _status: 'published' },
          user: ctx.team.editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/\[3\] in the answer to the FAQ/)
      const bulk = await request(ctx.app.server)
        .patch(`/api/articles?where[id][equals]=${id}`)
        .set('Authorization', bearer(ctx.team.editor.token))
        .send({ _status: 'published' })
      expect(bulk.body.docs ?? []).toEqual([])
      expect(JSON.stringify(bulk.body.errors)).toContain('[3] in the answer to the FAQ')
      expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(404)
    })
  })

  describe('resolving DOIs and PMIDs', () => {
    it('stores what Crossref says about a DOI and shows it on the reference to staff', async () => {
      const id = await createReference(ctx, {
        title: 'Spasticity in multiple sclerosis: oral baclofen and alternatives',
        doi: DOI.toUpperCase(),
      })
      const { body } = await readReference(id, ctx.team.writer.token)
      expect(body.evidence).toMatchObject({
        identifier: `doi:${DOI}`,
        status: 'resolved',
        title: 'Spasticity in multiple sclerosis: oral baclofen and its alternatives',
        journal: 'The Lancet Neurology',
        year: 2019,
        retracted: false,
        titleDiffers: false,
      })
      expect(Date.parse(body.evidence.checkedAt)).toBeGreaterThan(Date.now() - 60_000)
    })

    it('flags an entered title that names another work than the DOI resolves to', async () => {
      const id = await createReference(ctx, {
        title: 'Tizanidine for migraine prophylaxis',
        doi: DOI,
      })
      expect((await readReference(id, ctx.team.writer.token)).body.evidence.titleDiffers).toBe(true)
    })

    it('reads retractions from PubMed publication types and from Crossref updates', async () => {
      const pmid = await createReference(ctx, { pmid: RETRACTED_PMID })
      const doi = await createReference(ctx, { doi: RETRACTED_DOI })
      const plain = await createReference(ctx, { pmid: PMID })
      expect((await readReference(pmid, ctx.team.writer.token)).body.evidence).toMatchObject({
        retracted: true,
        journal: 'Spinal cord',
        year: 2019,
        retractionNotice: 'PubMed: Retracted Publication',
      })
      expect((await readReference(doi, ctx.team.writer.token)).body.evidence).toMatchObject({
        retracted: true,
        retractionNotice: 'Crossref: retraction 10.1007/s00415-026-12345-6',
      })
      expect((await readReference(plain, ctx.team.writer.token)).body.evidence).toMatchObject({
        retracted: false,
        title: 'Pharmacologic management of spasticity.',
      })
    })

    it('records an unknown identifier as not found', async () => {
      const id = await createReference(ctx, { pmid: '99999999' })
      expect((await readReference(id, ctx.team.writer.token)).body.evidence).toMatchObject({
        status: 'not-found',
        retracted: false,
      })
    })

    it('saves the reference when the service is down and records why it could not be checked', async () => {
      services.fixture.state.mode = 'down'
      try {
        const id = await createReference(ctx, { doi: '10.5555/down.1' })
        const { body } = await readReference(id, ctx.team.writer.token)
        expect(body.evidence).toMatchObject({ status: 'not-checked', retracted: false })
        expect(body.evidence.lastError).toBe('Crossref: HTTP 503')
      } finally {
        services.fixture.state.mode = 'answer'
      }
    })

    it('does not show the check to anonymous readers of a published reference', async () => {
      const id = await createReference(ctx, { doi: DOI })
      await publishThroughWorkflow(ctx.app.server, 'references', id, ctx.team)
      const publicRead = await request(ctx.app.server).get(`/api/references/${id}`)
      expect(publicRead.status).toBe(200)
      expect(publicRead.body.evidence ?? null).toBeNull()
    })
  })

  describe('retracted citations', () => {
    it('refuses sign-off of an article citing a retracted work, naming it; nothing is signed', async () => {
      const ref = await createReference(ctx, { title: 'The retracted trial', doi: RETRACTED_DOI })
      const id = await createArticle({
        body: richText('Baclofen halves relapses [1].'),
        references: [ref],
      })
      const signed = await submitAndSign(id)
      expect(signed.status).toBe(409)
      expect(signed.body.errors[0].data.requirements).toContain(
        `reference [1] "The retracted trial" (doi:${RETRACTED_DOI}) is retracted (Crossref: retraction 10.1007/s00415-026-12345-6); remove or replace it`,
      )
      expect(await signatureCount(id)).toBe(0)
      const stored = await ctx.app.payload.findByID({ collection: 'articles', id, draft: true })
      expect(stored.workflowState).toBe('in_review')
    })

    it('publishes an article citing sound works while one citing a retracted work stays blocked', async () => {
      const retracted = await createReference(ctx, { doi: RETRACTED_DOI })
      const sound = await createReference(ctx, { doi: DOI })
      const id = await publishedArticleCiting(ctx, { references: [sound] })
      expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(200)
      const blocked = await createArticle({ body: richText('See [1].'), references: [retracted] })
      expect((await checklistItem(ctx, 'articles', blocked, 'no-retracted-citations'))?.met).toBe(
        false,
      )
    })
  })
})
