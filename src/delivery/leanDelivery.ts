import type { Payload, SanitizedConfig } from 'payload'

import { createHash } from 'node:crypto'
import { getPayload } from 'payload'

import { isConsumer, isStaffUser } from '../access/roles'
import { settingsOf } from '../config/settings'
import { badCredentialResponse, sendsBadCredential, sendsCredential } from '../http/credentials'
import { NOT_ALLOWED_TO_READ } from './errors'
import { cacheableJson } from './httpCaching'
import { storedPageReader } from './storedPageReader'

const CALLER_CACHE_MS = 10_000
const MAX_CALLERS = 10_000

type Caller = { mayRead: boolean; signedIn: boolean; badCredential?: boolean; expiresAt: number }

/**
 * Who an Authorization header belongs to, checked by Payload's own auth (JWT or consumer API
 * key) and remembered briefly by the header's hash, so a site's key is not re-checked per request.
 */
const callerOf = async (
  payload: Payload,
  headers: Headers,
  callers: Map<string, Caller>,
): Promise<Omit<Caller, 'expiresAt'>> => {
  const authorization = headers.get('authorization')
  if (!authorization || !sendsCredential(headers))
    return { mayRead: settingsOf(payload).publicApi, signedIn: false }
  const key = createHash('sha256').update(authorization).digest('base64url')
  const known = callers.get(key)
  if (known && known.expiresAt > Date.now()) return known
  const { user } = await payload.auth({ headers })
  const caller: Caller = {
    mayRead: Boolean(user) && (isStaffUser(user) || isConsumer(user)),
    signedIn: Boolean(user),
    badCredential: sendsBadCredential(headers, user),
    expiresAt: Date.now() + CALLER_CACHE_MS,
  }
  if (callers.size >= MAX_CALLERS) callers.clear()
  callers.set(key, caller)
  return caller
}

const notFound = () =>
  Response.json({ errors: [{ message: 'No published article has this slug.' }] }, { status: 404 })

/**
 * GET /api/delivery/articles/{slug} on a lean path: one read of the stored page by its key and
 * its bytes sent, without Payload's REST pipeline (no PayloadRequest, no population, no render).
 * Mounted by Next's app router and by the test adapter alike.
 */
export const leanDeliveryHandler = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const callers = new Map<string, Caller>()
  let readPage: ReturnType<typeof storedPageReader> | undefined
  return async (request: Request, slug: string): Promise<Response> => {
    const payload = await getPayload({ config })
    const caller = await callerOf(payload, request.headers, callers)
    if (caller.badCredential) return badCredentialResponse()
    // As Payload's REST API answers a caller it may not serve (PUBLIC_API=false, no valid key).
    if (!caller.mayRead) {
      return Response.json({ errors: [{ message: NOT_ALLOWED_TO_READ }] }, { status: 403 })
    }
    readPage ??= storedPageReader(payload)
    const page = await readPage(slug)
    if (!page) return notFound()
    if (page.status !== 200) {
      return new Response(page.body, {
        status: page.status,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
    return cacheableJson(
      request.headers,
      { body: new TextEncoder().encode(page.body), etag: page.etag },
      {
        isPublic: !caller.signedIn,
        maxAgeSeconds: settingsOf(payload).deliveryHttpMaxAgeSeconds,
        cacheKeys: page.cacheKeys ? page.cacheKeys.split(' ') : [],
      },
    )
  }
}

/** The slug of a lean delivery path, or undefined for any other path. */
export const leanDeliverySlug = (pathname: string): string | undefined => {
  const match = pathname.match(/^\/api\/delivery\/articles\/([^/]+)$/)
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    // Malformed percent-encoding names no stored slug (slugs are lower-case letters, digits, '-').
    return match[1]
  }
}
