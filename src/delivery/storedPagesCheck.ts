import type { PayloadRequest } from 'payload'

import { buildPublicPageOf } from './articlePage'
import { isUnsafePageError, refuseLinksNoLongerLive } from './linksNoLongerLive'
import { listEntryOf, materializeArticle } from './materialize'
import { renderJson } from './renderJson'

const liveArticles = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export type StoredPageProblem = { slug: string; problem: 'missing' | 'stale' | 'orphan' }

/** Compares every stored page with a fresh render: what is missing, stale, or stored for nothing. */
export const checkStoredPages = async (req: PayloadRequest): Promise<StoredPageProblem[]> => {
  const problems: StoredPageProblem[] = []
  const { docs: stored } = await req.payload.find({
    collection: 'delivered-pages',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const bySlug = new Map(stored.map((page) => [page.slug, page]))
  const seen = new Set<string>()
  for (const article of await liveArticles(req)) {
    const id = String(article.id)
    let page
    const entry = stored.find((candidate) => candidate.article === id)
    try {
      await refuseLinksNoLongerLive(req, article, entry?.dependsOn ?? [])
      page = await buildPublicPageOf(req, id, req.payload.config.serverURL)
    } catch (error) {
      if (!isUnsafePageError(error)) throw error
      // Stored as a 503 answer: expected while the disclaimer or a link it shows is not live.
      if (entry) seen.add(entry.slug)
      if (entry?.status !== 503) problems.push({ slug: entry?.slug ?? id, problem: 'stale' })
      continue
    }
    if (!page) continue
    seen.add(page.slug)
    const current = bySlug.get(page.slug)
    if (!current) problems.push({ slug: page.slug, problem: 'missing' })
    else if (
      current.status !== 200 ||
      current.etag !== renderJson(page).etag ||
      !sameJson(current.listEntry, listEntryOf(article))
    ) {
      problems.push({ slug: page.slug, problem: 'stale' })
    }
  }
  for (const entry of stored) {
    if (!seen.has(entry.slug)) problems.push({ slug: entry.slug, problem: 'orphan' })
  }
  return problems
}

/** Renders every live article's page again and removes pages of articles that are not live. */
export const rebuildStoredPages = async (req: PayloadRequest): Promise<number> => {
  const { docs: stored } = await req.payload.find({
    collection: 'delivered-pages',
    select: { article: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set([
    ...(await liveArticles(req)).map((article) => String(article.id)),
    ...stored.map((page) => page.article),
  ])
  for (const id of ids) await materializeArticle(req, id)
  return ids.size
}
