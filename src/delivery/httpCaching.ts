import type { RenderedJson } from './pageCache'

const MAX_AGE_SECONDS = 60

/**
 * A JSON response with a content ETag, answering 304 when the client already has this body.
 * Anything on the page that is published or withdrawn changes the body, so the ETag.
 */
export const cacheableJson = (requestHeaders: Headers, { body, etag }: RenderedJson, isPublic: boolean): Response => {
  const headers = new Headers({
    'Cache-Control': isPublic
      ? `public, max-age=${MAX_AGE_SECONDS}, stale-while-revalidate=${MAX_AGE_SECONDS * 5}`
      : `private, max-age=${MAX_AGE_SECONDS}`,
    ETag: etag,
    Vary: 'Authorization',
  })
  const ifNoneMatch = requestHeaders.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').map((tag) => tag.trim()).includes(etag)) {
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Type', 'application/json; charset=utf-8')
  return new Response(body, { status: 200, headers })
}
