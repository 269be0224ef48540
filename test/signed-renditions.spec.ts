import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import type { ArticlePage } from '../src/delivery/types'

import { buildPublicPageOf } from '../src/delivery/articlePage'
import { readerRenditionHash } from '../src/delivery/rendition/readerRendition'
import { checkSignedRenditions } from '../src/delivery/rendition/signedRenditionsCheck'
import { articleData, richText } from './helpers/content'
import { deliveryPage, readLive, saveDraft } from './helpers/revisions'
import { auditEntries, databaseHasTransactions } from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Checklist = { requirement: string; label: string; met: boolean; problems: string[] }[]

const REFUSAL = 'the page differs from what Jane Doe, PharmD, RPh signed: the FAQ'

/**
 * What a pharmacist signs is the page readers get: an article's signature carries the hash of its
 * page rendered from the versions signed, and a publication whose page would differ is refused.
 * The path × scenario table (action, PATCH, bulk, GraphQL update, Local API, restore) is in
 * test/helpers/publishGate.ts; the scheduled job in test/scheduled-publication.spec.ts.
 */
describe('signed renditions', () => {
  const spec = useTeamApp()
  const server = () => spec.app.server
  const payload = () => spec.app.payload

  const signaturesOf = async (documentId: string) =>
    (
      await payload().find({
        collection: 'signatures',
        where: { documentId: { equals: documentId } },
        sort: 'signedAt',
        depth: 0,
      })
    ).docs
  const renditionItem = async (id: string) =>
    (
      (
        await request(server())
          .get(`/api/articles/${id}/workflow`)
          .set('Authorization', bearer(spec.team.editor.token))
      ).body.checklist as Checklist
    ).find((entry) => entry.requirement === 'rendition')

  /** A live FAQ and an approved article showing it. */
  const signedArticleWithLiveFaq = async () => {
    const faq = await createAs(server(), spec.team.writer, 'faqs', faqData())
    await publishThroughWorkflow(server(), 'faqs', faq, spec.team)
    const article = await createAs(server(), spec.team.writer, 'articles', {
      ...articleData({ faqs: [faq] }),
      body: richText('Baclofen relaxes muscles.'),
    })
    await approve(server(), 'articles', article, spec.team.writer, spec.team.reviewer)
    return { faq, article }
  }

  const reviseAndRepublish = async (faq: string) => {
    expect(
      (await saveDraft(server(), spec.team.writer, 'faqs', faq, { answer: richText('With food.') }))
        .status,
    ).toBe(200)
    await publishThroughWorkflow(server(), 'faqs', faq, spec.team)
  }

  it('stores the hash of the page as signed, which is the hash of the page delivered', async () => {
    const { faq, article } = await signedArticleWithLiveFaq()
    const [signature] = await signaturesOf(article)
    expect(signature.renditionHash).toMatch(/^[0-9a-f]{64}$/)
    expect((await signaturesOf(faq))[0].renditionHash ?? null).toBeNull()
    expect(await renditionItem(article)).toMatchObject({
      met: true,
      label: 'The page readers would get is the page the pharmacist signed (Jane Doe, PharmD, RPh)',
    })

    expect((await act(server(), spec.team.editor, 'articles', article, 'publish')).status).toBe(200)
    const slug = (await readLive(server(), 'articles', article)).body.slug
    const page = await deliveryPage(server(), slug)
    expect(page.status).toBe(200)
    expect(readerRenditionHash(page.body as ArticlePage)).toBe(signature.renditionHash)
  })

  it('refuses the publication over GraphQL when a linked FAQ was revised after the sign-off, naming it', async () => {
    const { faq, article } = await signedArticleWithLiveFaq()
    await reviseAndRepublish(faq)

    const response = await request(server())
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.editor.token))
      .send({
        query:
          'mutation ($id: String!) { workflowPublish(collection: articles, id: $id) { state } }',
        variables: { id: article },
      })
    expect(response.body.errors[0].extensions.statusCode).toBe(409)
    expect(JSON.stringify(response.body.errors[0])).toContain(REFUSAL)
    expect((await readLive(server(), 'articles', article)).status).toBe(404)
    const [refused] = await auditEntries(payload(), article, 'publish-refused')
    expect(JSON.stringify(refused.details)).toContain(REFUSAL)
    const checklistItem = await renditionItem(article)
    expect(checklistItem?.met).toBe(false)
    expect(checklistItem?.label).toBe(
      'The page readers would get is not the page Jane Doe, PharmD, RPh signed',
    )
  })

  it('publishes editorial changes (SEO meta) on the signature, before and after going live', async () => {
    const { article } = await signedArticleWithLiveFaq()
    const meta = (title: string) =>
      request(server())
        .patch(`/api/articles/${article}?draft=true`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ meta: { title, description: `About ${title}` } })
    expect((await meta('Baclofen: what to know')).status).toBe(200)
    expect((await act(server(), spec.team.editor, 'articles', article, 'publish')).status).toBe(200)
    expect((await meta('Baclofen, explained')).status).toBe(200)
    const republished = await request(server())
      .patch(`/api/articles/${article}`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ _status: 'published' })
    expect(republished.status).toBe(200)
    expect((await readLive(server(), 'articles', article)).body.meta.title).toBe(
      'Baclofen, explained',
    )
  })

  it('lets a signature made before signed renditions through, and says so', async () => {
    const { faq, article } = await signedArticleWithLiveFaq()
    const [signature] = await signaturesOf(article)
    await payload().db.updateOne({
      collection: 'signatures',
      where: { id: { equals: signature.id } },
      data: { renditionHash: null },
    })
    await reviseAndRepublish(faq)
    expect(await renditionItem(article)).toMatchObject({
      met: true,
      label: expect.stringContaining('before signed pages were recorded'),
    })
    expect((await act(server(), spec.team.editor, 'articles', article, 'publish')).status).toBe(200)
  })

  it('gives both signatures of a two-pharmacist pair the hash of the same page', async () => {
    await payload().update({
      collection: 'users',
      id: spec.team.reviewer2.id,
      data: { specialtyCredential: 'BCPPS (paediatric pharmacotherapy)' },
    })
    const article = await createAs(server(), spec.team.writer, 'articles', {
      ...articleData({ summary: 'The label carries a boxed warning.' }),
    })
    await approve(server(), 'articles', article, spec.team.writer, spec.team.reviewer)
    const second = await act(server(), spec.team.reviewer2, 'articles', article, 'sign-off', {
      password: spec.team.reviewer2.password,
    })
    expect(second.status).toBe(200)
    const [first, countersigned] = await signaturesOf(article)
    expect(countersigned.countersigns).toBe(first.id)
    expect(first.renditionHash).toMatch(/^[0-9a-f]{64}$/)
    expect(countersigned.renditionHash).toBe(first.renditionHash)
    expect((await act(server(), spec.team.editor, 'articles', article, 'publish')).status).toBe(200)
  })

  it('holds back a release whose article shows a FAQ revised since its sign-off', async () => {
    const { faq, article } = await signedArticleWithLiveFaq()
    const created = await request(server())
      .post('/api/releases')
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ title: `Renditions ${Date.now()}` })
    const release = String(created.body.doc.id)
    const added = await request(server())
      .post(`/api/releases/${release}/items`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ collection: 'articles', id: article })
    expect(added.status).toBe(200)
    await reviseAndRepublish(faq)

    const check = await request(server())
      .get(`/api/releases/${release}/check`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(check.body.ready).toBe(false)
    expect(JSON.stringify(check.body.items[0].blockers)).toContain(REFUSAL)
    const published = await request(server())
      .post(`/api/releases/${release}/publish`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(published.status).toBe(409)
    if (databaseHasTransactions())
      expect(JSON.stringify(published.body.errors[0].data.requirements)).toContain(REFUSAL)
    expect((await readLive(server(), 'articles', article)).status).toBe(404)
  })

  describe('npm run delivery:rebuild -- --check', () => {
    const liveArticle = async () => {
      const { article } = await signedArticleWithLiveFaq()
      expect((await act(server(), spec.team.editor, 'articles', article, 'publish')).status).toBe(
        200,
      )
      const live = (await readLive(server(), 'articles', article)).body
      return { article, slug: live.slug as string, title: live.title as string }
    }
    const storedPage = async (article: string) =>
      (
        await payload().find({
          collection: 'delivered-pages',
          where: { article: { equals: article } },
          depth: 0,
        })
      ).docs[0]
    const mismatchesOf = async (
      slug: string,
      options?: Parameters<typeof checkSignedRenditions>[1],
    ) =>
      (await checkSignedRenditions(await createLocalReq({}, payload()), options)).filter(
        (mismatch) => mismatch.slug === slug,
      )

    it('names a live page that a changed renderer no longer renders as signed', async () => {
      const { article, slug, title } = await liveArticle()
      expect(await mismatchesOf(slug)).toEqual([])
      const restyled = async (req: Parameters<typeof buildPublicPageOf>[0], id: string) => {
        const page = await buildPublicPageOf(req, id)
        return page && { ...page, bodyHtml: page.bodyHtml.replace('<p>', '<p class="lead">') }
      }
      const before = await storedPage(article)

      expect(await mismatchesOf(slug, { render: restyled })).toEqual([
        { slug, title, signer: 'Jane Doe, PharmD, RPh' },
      ])
      expect(await storedPage(article)).toEqual(before)
    })

    it('names a live page whose signature recorded another page', async () => {
      const { article, slug, title } = await liveArticle()
      const [signature] = await signaturesOf(article)
      // What a deploy of another renderer looks like from here: the signed hash no longer matches.
      await payload().db.updateOne({
        collection: 'signatures',
        where: { id: { equals: signature.id } },
        data: { renditionHash: 'f'.repeat(64) },
      })
      expect(await mismatchesOf(slug)).toEqual([{ slug, title, signer: 'Jane Doe, PharmD, RPh' }])
    })
  })
})
