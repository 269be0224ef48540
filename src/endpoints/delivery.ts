import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { mayReadPublished } from '../access/content'
import { settingsOf } from '../config/settings'
import { cacheableJson } from '../delivery/httpCaching'
import { listPublishedArticles } from '../delivery/articleList'
import { NOT_ALLOWED_TO_READ } from '../delivery/errors'
import { renderJson } from '../delivery/renderJson'
import { ForbiddenError } from '../errors'
import { ARTICLE_LIST_KEY } from '../delivery/surrogateKeys'
import { badCredentialResponse, sendsBadCredential } from '../http/credentials'
import { MAX_PAGE } from '../http/queryLimits'
import { parseInput } from '../validation/parseInput'

/** Shared caches may keep what anonymous callers get; a signed-in caller's copy stays private. */
const httpCachingFor = (req: PayloadRequest) => ({
  isPublic: !req.user,
  maxAgeSeconds: settingsOf(req.payload).deliveryHttpMaxAgeSeconds,
})

export const articleListQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'page must be a number' })
    .int('page must be a whole number')
    .min(1, 'page starts at 1')
    .max(MAX_PAGE, `page must be at most ${MAX_PAGE}`)
    .default(1),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(100),
})

/** GET /api/delivery/articles?page&limit: the live articles' stored list entries, for sitemaps and indexes. */
export const deliveryArticleListEndpoint: Endpoint = {
  path: '/delivery/articles',
  method: 'get',
  handler: async (req) => {
    const { page, limit } = parseInput(articleListQuerySchema, req.query)
    if (sendsBadCredential(req.headers, req.user)) return badCredentialResponse()
    // The same rule as reading published articles over REST (PUBLIC_API=false: signed-in only).
    if (!mayReadPublished(req)) throw new ForbiddenError(NOT_ALLOWED_TO_READ)
    const list = await listPublishedArticles(req.payload, page, limit)
    return cacheableJson(req.headers, renderJson(list), {
      ...httpCachingFor(req),
      cacheKeys: [ARTICLE_LIST_KEY],
    })
  },
}
