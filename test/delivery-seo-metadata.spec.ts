import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import request from 'supertest'

import { checkStoredPages } from '../src/delivery/storedPagesCheck'
import { articleData } from './helpers/content'
import { CMS_URL, DELIVERY_SITE } from './helpers/deliverySite'
import { uploadImage } from './helpers/media'
import { saveDraft } from './helpers/revisions'
import type { Team } from './helpers/team'
import { startTeamApp } from './helpers/teamApp'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { act, createAs, publishThroughWorkflow } from './helpers/workflow'

// The article page itself, caching, what never reaches downstream, the list: test/delivery.spec.ts
describe('the delivery API for downstream sites', () => {
  let app: TestApp
  let team: Team
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'medreview-media-'))

  beforeAll(async () => {
    ;({ app, team } = await startTeamApp(
      { ...DELIVERY_SITE, MEDIA_DIR: mediaDir },
      'teamAndDisclaimer',
    ))
  })

  afterAll(async () => {
    await app.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })

  describe('SEO metadata (meta title, description, share image)', () => {
    const LIVE_META_QUERY = `query Meta($slug: String!) {
      Articles(where: { slug: { equals: $slug } }, limit: 1) {
        docs { meta { title description image { url alt } } }
      }
    }`
    const deliveredPage = (slug: string) =>
      request(app.server).get(`/api/delivery/articles/${slug}`)
    const listEntry = async (slug: string) =>
      (
        await request(app.server).get('/api/delivery/articles').query({ limit: 500 })
      ).body.docs.find((doc: { slug: string }) => doc.slug === slug)
    const anonymousGraphQLMeta = async (slug: string) =>
      (
        await request(app.server)
          .post('/api/graphql')
          .send({ query: LIVE_META_QUERY, variables: { slug } })
      ).body.data.Articles.docs[0]?.meta
    const storedEqualsFresh = async () =>
      expect(await checkStoredPages(await createLocalReq({}, app.payload))).toEqual([])

    /** A live article with SEO metadata and a share image, published through the workflow. */
    const publishedWithMeta = async (title: string) => {
      const image = await uploadImage(app.payload, team.writer, `${title}.png`, `${title} chart`)
      const id = await createAs(app.server, team.writer, 'articles', {
        ...articleData({ title }),
        meta: {
          title: `${title} | Drug guide`,
          description: `What ${title} covers.`,
          image: image.id,
        },
      })
      await publishThroughWorkflow(app.server, 'articles', id, team)
      const slug = (await app.payload.findByID({ collection: 'articles', id })).slug as string
      return { id, slug, image }
    }

    it('delivers the live meta title, description and share image, in the page and its JSON-LD', async () => {
      const { slug, image } = await publishedWithMeta('meta-delivered')
      const response = await deliveredPage(slug)
      expect(response.status).toBe(200)
      const imageUrl = `${CMS_URL}/api/media/file/${image.filename}`
      expect(response.body.meta).toEqual({
        title: 'meta-delivered | Drug guide',
        description: 'What meta-delivered covers.',
        image: { url: imageUrl, alt: 'meta-delivered chart', width: 1, height: 1 },
      })
      expect(response.body.jsonLd).toMatchObject({
        description: 'What meta-delivered covers.',
        url: `https://drugs.example.org/articles/${slug}`,
        inLanguage: 'en-GB',
        image: {
          '@type': 'ImageObject',
          url: imageUrl,
          caption: 'meta-delivered chart',
          width: 1,
          height: 1,
        },
        publisher: { '@type': 'Organization', name: 'Example Pharmacy Group' },
      })
      expect(response.body.jsonLdScript).toContain('What meta-delivered covers.')
      expect((await listEntry(slug)).description).toBe('What meta-delivered covers.')
      // The URL is the CMS's public file: anyone may fetch it.
      const file = await request(app.server).get(new URL(imageUrl).pathname)
      expect(file.status).toBe(200)
      expect(file.headers['content-type']).toBe('image/png')
      await storedEqualsFresh()
    })

    it('publishes an editorial revision of only the meta description on the existing sign-off: page, JSON-LD and list show it', async () => {
      const { id, slug } = await publishedWithMeta('meta-revised')
      const before = (await deliveredPage(slug)).body
      const saved = await saveDraft(app.server, team.editor, 'articles', id, {
        meta: { description: 'A clearer description for search results.' },
      })
      expect(saved.status).toBe(200)
      // The revision waits as a draft: nothing of it is delivered yet.
      expect((await deliveredPage(slug)).body.meta.description).toBe('What meta-revised covers.')
      expect((await anonymousGraphQLMeta(slug)).description).toBe('What meta-revised covers.')

      const published = await act(app.server, team.editor, 'articles', id, 'publish', {
        note: 'Clearer search description.',
      })
      expect(published.status).toBe(200)
      const after = (await deliveredPage(slug)).body
      expect(after.meta).toEqual({
        ...before.meta,
        description: 'A clearer description for search results.',
      })
      expect(after.jsonLd.description).toBe('A clearer description for search results.')
      expect(after.jsonLdScript).toContain('A clearer description for search results.')
      expect(after.lastReviewed).toBe(before.lastReviewed)
      expect(after.review).toEqual(before.review)
      expect(after.updateLog[0]).toMatchObject({ kind: 'editorial-update' })
      expect((await listEntry(slug)).description).toBe('A clearer description for search results.')
      expect((await anonymousGraphQLMeta(slug)).description).toBe(
        'A clearer description for search results.',
      )
      await storedEqualsFresh()
    })

    it("never delivers a draft's meta: neither a new article's nor a waiting revision's", async () => {
      const draftId = await createAs(app.server, team.writer, 'articles', {
        ...articleData({ title: 'meta-never-live' }),
        meta: { description: 'A description nobody published.' },
      })
      expect((await deliveredPage('meta-never-live')).status).toBe(404)
      expect(await anonymousGraphQLMeta('meta-never-live')).toBeUndefined()

      const { id, slug } = await publishedWithMeta('meta-draft')
      const before = await deliveredPage(slug)
      const otherImage = await uploadImage(
        app.payload,
        team.editor,
        'unpublished.png',
        'Draft chart',
      )
      const saved = await saveDraft(app.server, team.editor, 'articles', id, {
        meta: { title: 'Draft title', description: 'Draft description', image: otherImage.id },
      })
      expect(saved.status).toBe(200)
      const after = await deliveredPage(slug)
      expect(after.headers.etag).toBe(before.headers.etag)
      expect(after.body.meta).toEqual(before.body.meta)
      expect(after.text).not.toMatch(/Draft (title|description|chart)|unpublished\.png/)
      expect((await listEntry(slug)).description).toBe('What meta-draft covers.')
      expect(await anonymousGraphQLMeta(slug)).toEqual({
        title: 'meta-draft | Drug guide',
        description: 'What meta-draft covers.',
        image: { url: before.body.meta.image.url, alt: 'meta-draft chart' },
      })
      const list = await request(app.server).get('/api/delivery/articles').query({ limit: 500 })
      expect(list.text).not.toContain('nobody published')
      expect(draftId).toBeTruthy()
      await storedEqualsFresh()
    })

    it('re-renders the page when its share image’s alt text changes, and drops the image when it is deleted', async () => {
      const { slug, image } = await publishedWithMeta('meta-image')
      const edited = await request(app.server)
        .patch(`/api/media/${image.id}`)
        .set('Authorization', bearer(team.editor.token))
        .send({ alt: 'Dose chart for baclofen' })
      expect(edited.status).toBe(200)
      const renamed = (await deliveredPage(slug)).body
      expect(renamed.meta.image.alt).toBe('Dose chart for baclofen')
      expect(renamed.jsonLd.image.caption).toBe('Dose chart for baclofen')
      await storedEqualsFresh()

      const deleted = await request(app.server)
        .delete(`/api/media/${image.id}`)
        .set('Authorization', bearer(team.editor.token))
      expect(deleted.status).toBe(200)
      const page = (await deliveredPage(slug)).body
      expect(page.meta.image).toBeNull()
      expect(page.jsonLd.image).toBeUndefined()
      expect(page.meta.description).toBe('What meta-image covers.')
      await storedEqualsFresh()
    })
  })
})
