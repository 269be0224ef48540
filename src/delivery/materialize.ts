import type { PayloadRequest } from 'payload'

import type { Article } from '../payload-types'

import { relationId, relationIds } from '../shared/relations'
import { buildPublicPageOf } from './articlePage'
import { renderJson } from './pageCache'

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

/**
 * Renders the article's public page and stores it (or removes it when the article is not live),
 * in the request's transaction.
 */
export const materializeArticle = async (req: PayloadRequest, articleId: string): Promise<void> => {
  const page = await buildPublicPageOf(req, articleId, req.payload.config.serverURL)
  const stored = await storedPagesOf(req, articleId)
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
  if (!page) return
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { equals: articleId } },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const rendered = renderJson(page)
  const data = {
    slug: page.slug,
    article: articleId,
    body: new TextDecoder().decode(rendered.body),
    etag: rendered.etag,
    dependsOn: docs[0] ? dependenciesOf(docs[0]) : [dependencyKey('articles', articleId)],
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
