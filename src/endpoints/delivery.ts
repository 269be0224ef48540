import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { mayReadPublished } from '../access/content'
import { settingsOf } from '../config/settings'
import { buildArticlePage } from '../delivery/articlePage'
import { cacheableJson } from '../delivery/httpCaching'
import { listPublishedArticles } from '../delivery/articleList'
import { deliveryCacheFor, type RenderedJson, renderJson } from '../delivery/pageCache'
import { ARTICLE_LIST_KEY } from '../delivery/surrogateKeys'
import { parseInput } from '../validation/parseInput'

/** Shared caches may keep what anonymous callers get; a signed-in caller's copy stays private. */
const httpCachingFor = (req: PayloadRequest) => ({
  isPublic: !req.user,
  maxAgeSeconds: settingsOf(req.payload).deliveryHttpMaxAgeSeconds,
})

const notFound = () =>
  Response.json({ errors: [{ message: 'No published article has this slug.' }] }, { status: 404 })

/** Every caller who may read published content gets the same page, so one cached copy serves all. */
const cachedOrRendered = async (
  req: PayloadRequest,
  key: string,
  render: () => Promise<unknown>,
) => {
  const renderToJson = async (): Promise<null | RenderedJson> => {
    const body = await render()
    return body ? renderJson(body) : null
  }
  return mayReadPublished(req)
    ? deliveryCacheFor(req.payload).getOrRender(key, renderToJson)
    : renderToJson()
}

const listQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'page must be a number' })
    .int('page must be a whole number')
    .min(1, 'page starts at 1')
    .default(1),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
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
    const rendered = await cachedOrRendered(req, `list:${page}:${limit}`, () =>
      listPublishedArticles(req, page, limit),
    )
    return cacheableJson(req.headers, rendered as RenderedJson, {
      ...httpCachingFor(req),
      cacheKeys: [ARTICLE_LIST_KEY],
    })
  },
}
