import type { RenderedJson } from './renderJson'

import { ifNoneMatchHits } from './http/entityTags'
import { surrogateKeyHeaders } from './surrogateKeys'

/**
 * A JSON response with a content ETag, answering 304 when the client already has this body.
 * Anything on the page that is published or withdrawn changes the body, so the ETag.
 */
export const cacheableJson = (
  requestHeaders: Headers,
  { body, etag }: RenderedJson,
  {
    isPublic,
    maxAgeSeconds,
    cacheKeys = [],
  }: { isPublic: boolean; maxAgeSeconds: number; cacheKeys?: string[] },
): Response => {
  const headers = new Headers({
    'Cache-Control': isPublic
      ? `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 5}`
      : `private, max-age=${maxAgeSeconds}`,
    ETag: etag,
    Vary: 'Authorization',
    ...surrogateKeyHeaders(cacheKeys),
  })
  if (ifNoneMatchHits(requestHeaders.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Type', 'application/json; charset=utf-8')
  return new Response(body, { status: 200, headers })
}
