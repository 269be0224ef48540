import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { z } from 'zod'

import { articleListSchema, deliveredArticleSchema } from '../delivery/schemas'
import { articleListQuerySchema } from '../delivery/articleListQuery'
import { errorResponses, errorResponseSchema, PUBLIC_OR_CONSUMER } from './components'

const cachingHeaders = z.object({
  ETag: z.string().meta({
    description:
      'One per representation (identity, gzip, br). Send it back as If-None-Match to get a 304; `*`, lists and weak tags (W/"…") are understood.',
  }),
  'Cache-Control': z.string().meta({
    example: 'public, max-age=60, stale-while-revalidate=300',
    description:
      '`public` for anonymous callers; `public` with `s-maxage` for API keys of EDGE_CACHE_ROLES (a CDN holding a key); `private` for other signed-in callers.',
  }),
  'Content-Encoding': z.string().optional().meta({
    description:
      '`br` or `gzip` when Accept-Encoding allows it (q-values honoured); none for identity.',
  }),
  Vary: z.string().meta({ example: 'Accept-Encoding, Authorization, Origin' }),
  'Surrogate-Key': z.string().meta({
    description:
      'Space-separated purge keys: the article and every document it shows (Fastly, Varnish).',
  }),
  'Cache-Tag': z.string().meta({ description: 'The same keys, comma-separated (Cloudflare).' }),
})

const ifNoneMatch = z.object({
  'if-none-match': z.string().optional().meta({ description: 'The ETag you hold.' }),
})

/** The same answer on the page and the list (src/http/credentials.ts). */
const badCredential = {
  401: {
    description:
      'An Authorization header was sent but signs nobody in (a wrong API key, an expired token); send a valid one, or none to read anonymously where PUBLIC_API allows it.',
    content: { 'application/json': { schema: errorResponseSchema } },
  },
}

const notModified = { description: 'Unchanged since the ETag you sent: use your copy.' }

export const registerDeliveryRoutes = (registry: OpenAPIRegistry): void => {
  registry.registerPath({
    method: 'get',
    path: '/api/delivery/articles/{slug}',
    operationId: 'getDeliveredArticle',
    tags: ['Delivery'],
    summary: 'One published article page',
    description:
      'The page as it was rendered when it (or anything it shows) was last published: body, FAQs, comparison table, numbered references, disclaimer, reviewer byline and JSON-LD.',
    security: PUBLIC_OR_CONSUMER,
    request: {
      params: z.object({ slug: z.string().meta({ example: 'benefits-of-baclofen' }) }),
      headers: ifNoneMatch,
    },
    responses: {
      200: {
        description: 'The page.',
        headers: cachingHeaders,
        content: { 'application/json': { schema: deliveredArticleSchema } },
      },
      304: notModified,
      ...badCredential,
      ...errorResponses(400, 403, 404, 406, 503),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/delivery/articles',
    operationId: 'listDeliveredArticles',
    tags: ['Delivery'],
    summary: 'The published articles, by slug',
    description: 'For indexes and sitemaps; one page of entries.',
    security: PUBLIC_OR_CONSUMER,
    request: { query: articleListQuerySchema, headers: ifNoneMatch },
    responses: {
      200: {
        description: 'One page of entries.',
        headers: cachingHeaders,
        content: { 'application/json': { schema: articleListSchema } },
      },
      304: notModified,
      ...errorResponses(400),
      ...badCredential,
      ...errorResponses(403, 406),
    },
  })
}
