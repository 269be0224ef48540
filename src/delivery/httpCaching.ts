import { createHash } from 'node:crypto'

import { safeJson } from './safeJson'

const MAX_AGE_SECONDS = 60

/**
 * A JSON response with a content ETag, answering 304 when the client already has this body.
 * Anything on the page that is published or withdrawn changes the body, so the ETag.
 */
export const cacheableJson = (requestHeaders: Headers, body: unknown, isPublic: boolean): Response => {
  const json = safeJson(body)
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`
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
  return new Response(json, { status: 200, headers })
}
