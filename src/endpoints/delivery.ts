import type { Endpoint } from 'payload'

import { z } from 'zod'

import { buildArticlePage } from '../delivery/articlePage'
import { cacheableJson } from '../delivery/httpCaching'
import { parseInput } from '../validation/parseInput'

const notFound = () =>
  Response.json({ errors: [{ message: 'No published article has this slug.' }] }, { status: 404 })

/** GET /api/delivery/articles/{slug}: the whole published page in one response. */
export const deliveryArticleEndpoint: Endpoint = {
  path: '/delivery/articles/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const page = await buildArticlePage(req, slug, req.payload.config.serverURL)
    return page ? cacheableJson(req.headers, page, !req.user) : notFound()
  },
}

const listQuerySchema = z.object({
  page: z.coerce.number().int('page must be a whole number').min(1, 'page starts at 1').default(1),
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(100),
})

/** GET /api/delivery/articles?page&limit: published articles for sitemaps and indexes. */
export const deliveryArticleListEndpoint: Endpoint = {
  path: '/delivery/articles',
  method: 'get',
  handler: async (req) => {
    const { page, limit } = parseInput(listQuerySchema, req.query)
    const result = await req.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      select: { slug: true, title: true, summary: true, lastReviewedAt: true, updatedAt: true },
      sort: 'slug',
      page,
      limit,
      depth: 0,
      draft: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const body = {
      docs: result.docs.map(({ slug, title, summary, lastReviewedAt, updatedAt }) => ({
        slug,
        title,
        summary,
        lastReviewedAt,
        updatedAt,
      })),
      page: result.page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
    return cacheableJson(req.headers, body, !req.user)
  },
}
