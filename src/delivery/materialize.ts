import type { PayloadRequest } from 'payload'

import type { Article } from '../payload-types'

import { relationId, relationIds } from '../shared/relations'
import { buildPublicPageOf } from './articlePage'
import { encodePage } from './bytes/pageEncodings'
import { writePageBytes } from './bytes/storedPageBytes'
import { isUnsafePageError, refuseLinksNoLongerLive } from './linksNoLongerLive'
import { metaText } from './pageMeta'
import { renderJson } from './renderJson'

export const dependencyKey = (collection: string, id: unknown): string =>
  `${collection}:${String(id)}`

/** Every document the article's page may show, published or not yet (so publishing one re-renders it). */
const dependenciesOf = (article: Partial<Article>): string[] => [
  dependencyKey('articles', article.id),
  ...relationIds(article.faqs).map((id) => dependencyKey('faqs', id)),
  ...relationIds(article.comparisonRows).map((id) => dependencyKey('comparison-rows', id)),
  ...relationIds(article.references).map((id) => dependencyKey('references', id)),
  ...relationIds(article.drugs).map((id) => dependencyKey('drugs', id)),
  ...[relationId(article.disclaimer)].filter(Boolean).map((id) => dependencyKey('disclaimers', id)),
  ...[relationId(article.lastSignature)]
    .filter(Boolean)
    .map((id) => dependencyKey('signatures', id)),
  ...[relationId(article.meta?.image)].filter(Boolean).map((id) => dependencyKey('media', id)),
]

const storedPagesOf = async (req: PayloadRequest, articleId: string) =>
  (
    await req.payload.find({
      collection: 'delivered-pages',
      where: { article: { equals: articleId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs

// The store is written raw: it holds rendered bytes (script tags included), not content to validate.

const liveArticle = async (req: PayloadRequest, articleId: string) => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** What the delivery list shows of a live article. */
export const listEntryOf = ({
  slug,
  title,
  summary,
  meta,
  lastReviewedAt,
  updatedAt,
}: Article) => ({
  slug,
  title,
  summary,
  description: metaText(meta?.description),
  lastReviewedAt,
  updatedAt,
})

/**
 * The stored form of a live article's page: its bytes, or, when it cannot be served safely (no
 * live disclaimer, or a FAQ, row or reference it lists no longer live: the data changed behind the
 * CMS), a 503 answer in its place.
 */
const pageToStore = async (req: PayloadRequest, article: Article, storedDependsOn: string[]) => {
  try {
    await refuseLinksNoLongerLive(req, article, storedDependsOn)
    const page = await buildPublicPageOf(req, String(article.id), req.payload.config.serverURL)
    return page ? { slug: page.slug, status: 200, ...renderJson(page) } : undefined
  } catch (error) {
    if (!isUnsafePageError(error)) throw error
    req.payload.logger.error(error.message)
    const slug = article.slug ?? String(article.id)
    return { slug, status: 503, ...renderJson({ errors: [{ message: error.message }] }) }
  }
}

/**
 * Renders the article's public page and stores it (or removes it when the article is not live),
 * in the request's transaction.
 */
export const materializeArticle = async (req: PayloadRequest, articleId: string): Promise<void> => {
  const article = await liveArticle(req, articleId)
  const stored = await storedPagesOf(req, articleId)
  const storedDependsOn = stored.flatMap((entry) => entry.dependsOn ?? [])
  const page = article ? await pageToStore(req, article, storedDependsOn) : undefined
  const keep = page ? stored.find((entry) => entry.slug === page.slug) : undefined
  for (const entry of stored) {
    if (entry !== keep) {
      await req.payload.db.deleteOne({
        collection: 'delivered-pages',
        where: { id: { equals: entry.id } },
        req,
      })
    }
  }
  if (!page || !article) return
  const dependsOn = dependenciesOf(article)
  const data = {
    slug: page.slug,
    article: articleId,
    status: page.status,
    body: new TextDecoder().decode(page.body),
    etag: page.etag,
    dependsOn,
    cacheKeys: dependsOn.join(' '),
    listEntry: page.status === 200 ? listEntryOf(article) : null,
    renderedAt: new Date().toISOString(),
  }
  if (keep) {
    await req.payload.db.updateOne({
      collection: 'delivered-pages',
      where: { id: { equals: keep.id } },
      data,
      req,
    })
  } else {
    await req.payload.db.create({ collection: 'delivered-pages', data, req })
  }
  await writePageBytes(req, page.slug, encodePage(page.body))
}

/** The articles whose stored page shows this document. */
export const articlesShowing = async (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): Promise<string[]> => {
  if (collection === 'articles') return [String(id)]
  const { docs } = await req.payload.find({
    collection: 'delivered-pages',
    where: { dependsOn: { in: [dependencyKey(collection, id)] } },
    select: { article: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((page) => page.article))]
}

/** Re-renders every page that shows this document. */
export const rematerializeShowing = async (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): Promise<void> => {
  for (const articleId of await articlesShowing(req, collection, id)) {
    await materializeArticle(req, articleId)
  }
}
