import type { Payload } from 'payload'

import type { Encoding } from '../bytes/pageEncodings'
import type { Caller } from './callers'

import { MALFORMED_ADDRESS_MESSAGE } from '../../config/routeMethods'
import { settingsOf } from '../../config/settings'
import { BAD_CREDENTIAL_MESSAGE } from '../../http/credentials'
import { listPublishedArticles } from '../articleList'
import { articleListQuerySchema } from '../articleListQuery'
import { encodeAs, representationTag } from '../bytes/pageEncodings'
import { NOT_ALLOWED_TO_READ } from '../errors'
import { negotiateEncoding } from '../http/acceptEncoding'
import { corsAllows, corsHeadersFor, preflightHeaders } from '../http/cors'
import { ifNoneMatchHits } from '../http/entityTags'
import { renderJson } from '../renderJson'
import { storedPageReader, type StoredPageReader } from '../storedPageReader'
import { ARTICLE_LIST_KEY, surrogateKeyHeaders } from '../surrogateKeys'
import { callerResolver } from './callers'
import { freshReads } from './freshReads'
import { PageMemory } from './pageMemory'

/** What the delivery server needs of a request, whatever carries it (node:http, Next, fetch). */
export type DeliveryRequest = {
  method: string
  pathname: string
  searchParams: URLSearchParams
  header: (name: string) => string | undefined
}

export type DeliveryAnswer = {
  status: number
  headers: Record<string, string>
  body?: Uint8Array
}

export const DELIVERY_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const
const ALLOW = DELIVERY_METHODS.join(', ')
// Identical on every answer of a delivery address, 200 and 304 alike (RFC 9110 §15.4.5).
const VARY = 'Accept-Encoding, Authorization, Origin'
const JSON_TYPE = 'application/json; charset=utf-8'

const LIST_PATH = '/api/delivery/articles'
const PAGE_PATH = /^\/api\/delivery\/articles\/([^/]+)$/

type Target = { kind: 'list' } | { kind: 'page'; slug: string } | { kind: 'malformed' }

/** The delivery address a path names, or undefined for any other path. */
export const deliveryTarget = (pathname: string): Target | undefined => {
  if (pathname === LIST_PATH || pathname === `${LIST_PATH}/`) return { kind: 'list' }
  const match = pathname.match(PAGE_PATH)
  if (!match) return undefined
  try {
    return { kind: 'page', slug: decodeURIComponent(match[1]) }
  } catch {
    // As src/proxy.ts answers such a path everywhere else.
    return { kind: 'malformed' }
  }
}

const errorAnswer = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): DeliveryAnswer => {
  const body = new TextEncoder().encode(JSON.stringify({ errors: [{ message }] }))
  return {
    status,
    headers: {
      'Content-Type': JSON_TYPE,
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-store',
      Vary: VARY,
      ...headers,
    },
    body,
  }
}

const cacheControlFor = (caller: Caller, maxAge: number): string =>
  !caller.signedIn
    ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`
    : caller.edgeCacheable
      ? `public, max-age=${maxAge}, s-maxage=${maxAge}, stale-while-revalidate=${maxAge * 5}`
      : `private, max-age=${maxAge}`

/** A stored page as served: a 503 answer's body is always its identity bytes. */
type ServedPage = { status: number; etag: string; keys: string[]; bytes: Uint8Array }

type Representation = { contentTag: string; encoding: Encoding; bytes: Uint8Array; keys: string[] }

/** A 200 (or a body-less HEAD) or a 304 for one representation, with every header both share. */
const representationAnswer = (
  request: DeliveryRequest,
  { contentTag, encoding, bytes, keys }: Representation,
  cacheControl: string,
  cors: Record<string, string>,
): DeliveryAnswer => {
  const etag = representationTag(contentTag, encoding)
  const headers: Record<string, string> = {
    'Cache-Control': cacheControl,
    ETag: etag,
    Vary: VARY,
    ...surrogateKeyHeaders(keys),
    ...cors,
  }
  if (ifNoneMatchHits(request.header('if-none-match'), etag)) return { status: 304, headers }
  headers['Content-Type'] = JSON_TYPE
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  headers['Content-Length'] = String(bytes.byteLength)
  return { status: 200, headers, body: request.method === 'HEAD' ? undefined : bytes }
}

/**
 * The delivery API itself (`/api/delivery/articles` and `/api/delivery/articles/{slug}`): stored
 * pages' bytes in the encoding the caller accepts, HTTP caching, CORS. One instance per process:
 * the node:http server of `npm start`, the tests' adapter and Next's route in `next dev` share it.
 * `answer` gives undefined where Payload's own handler must answer instead (another path, a list
 * query that is not valid: Payload shapes its 400).
 */
export const deliveryResponder = (payloadOf: () => Promise<Payload>) => {
  const resolveCaller = callerResolver()
  type Store = {
    payload: Payload
    read: StoredPageReader
    validatorOf: StoredPageReader['validator']
    memory: PageMemory
  }
  let store: Promise<Store> | undefined
  const storeOf = () =>
    (store ??= payloadOf().then(
      (payload) => {
        const read = storedPageReader(payload)
        return {
          payload,
          read,
          validatorOf: freshReads(read.validator),
          memory: new PageMemory(settingsOf(payload).deliveryMemoryBytes),
        }
      },
      (error: unknown) => {
        // The next request tries again (the database may be back by then).
        store = undefined
        throw error
      },
    ))
  // Listed pages rarely change between reads: their encodings are kept by the list's ETag.
  const lists = new PageMemory(8 * 1024 * 1024)

  /** The bytes of the slug's current page in `encoding`, read from the store or memory. */
  const readPage = async (slug: string, encoding: Encoding): Promise<ServedPage | undefined> => {
    const { read, memory } = await storeOf()
    const page = await read.page(slug, encoding)
    if (!page) {
      memory.forget(slug)
      return undefined
    }
    const keys = page.cacheKeys ? page.cacheKeys.split(' ') : []
    if (page.status !== 200) {
      memory.forget(slug)
      const body = encoding === 'identity' ? page.bytes : (await read.page(slug, 'identity'))?.bytes
      return { status: page.status, etag: page.etag, keys, bytes: body ?? new Uint8Array() }
    }
    // A page stored before its encodings were (an older instance during an upgrade): encode it.
    const bytes = page.bytes ?? encodeAs((await read.page(slug, 'identity'))!.bytes!, encoding)
    memory.remember(slug, { etag: page.etag, keys }, encoding, bytes)
    return { status: 200, etag: page.etag, keys, bytes }
  }

  const pageBytes = async (slug: string, encoding: Encoding): Promise<ServedPage | undefined> => {
    const { memory, validatorOf } = await storeOf()
    const remembered = memory.get(slug)
    if (!remembered) return readPage(slug, encoding)
    const current = await validatorOf(slug)
    if (!current || current.status !== 200 || current.etag !== remembered.etag) {
      memory.forget(slug)
      return current ? readPage(slug, encoding) : undefined
    }
    const bytes = remembered.bytes[encoding]
    if (!bytes) return readPage(slug, encoding)
    return { status: 200, etag: remembered.etag, keys: remembered.keys, bytes }
  }

  const listBytes = async (payload: Payload, page: number, limit: number, encoding: Encoding) => {
    const list = renderJson(await listPublishedArticles(payload, page, limit))
    const key = `${page}:${limit}`
    const remembered = lists.get(key)
    const bytes =
      (remembered?.etag === list.etag ? remembered.bytes[encoding] : undefined) ??
      encodeAs(list.body, encoding)
    lists.remember(key, { etag: list.etag, keys: [ARTICLE_LIST_KEY] }, encoding, bytes)
    return { contentTag: list.etag, bytes }
  }

  const answer = async (request: DeliveryRequest): Promise<DeliveryAnswer | undefined> => {
    const target = deliveryTarget(request.pathname)
    if (!target) return undefined
    const { payload } = await storeOf()
    const settings = settingsOf(payload)
    const origin = request.header('origin')
    const cors = corsHeadersFor(settings.cors, origin)
    if (target.kind === 'malformed') return errorAnswer(400, MALFORMED_ADDRESS_MESSAGE, cors)
    if (request.method === 'OPTIONS') {
      if (!request.header('access-control-request-method'))
        return { status: 204, headers: { Allow: ALLOW, Vary: VARY } }
      if (!corsAllows(settings.cors, origin))
        return errorAnswer(403, 'This origin may not call the delivery API (see CORS_ORIGINS).')
      return { status: 204, headers: { Vary: VARY, ...cors, ...preflightHeaders() } }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorAnswer(405, `${request.method} is not allowed here. Allowed: ${ALLOW}.`, {
        Allow: ALLOW,
        ...cors,
      })
    }
    const caller = await resolveCaller(payload, request.header('authorization'))
    if (caller.badCredential) return errorAnswer(401, BAD_CREDENTIAL_MESSAGE, cors)
    // As Payload's REST API answers a caller it may not serve (PUBLIC_API=false, no valid key).
    if (!caller.mayRead) return errorAnswer(403, NOT_ALLOWED_TO_READ, cors)
    const encoding = negotiateEncoding(request.header('accept-encoding'))
    if (!encoding) {
      return errorAnswer(406, 'Accept-Encoding allows none of br, gzip and identity.', cors)
    }
    const cacheControl = cacheControlFor(caller, settings.deliveryHttpMaxAgeSeconds)
    if (target.kind === 'list') {
      const query = articleListQuerySchema.safeParse(Object.fromEntries(request.searchParams))
      if (!query.success) return undefined
      const { page, limit } = query.data
      const list = await listBytes(payload, page, limit, encoding)
      return representationAnswer(
        request,
        { ...list, encoding, keys: [ARTICLE_LIST_KEY] },
        cacheControl,
        cors,
      )
    }
    const page = await pageBytes(target.slug, encoding)
    if (!page) return errorAnswer(404, 'No published article has this slug.', cors)
    if (page.status !== 200) {
      return {
        status: page.status,
        headers: {
          'Content-Type': JSON_TYPE,
          'Content-Length': String(page.bytes.byteLength),
          'Cache-Control': 'no-store',
          Vary: VARY,
          ...cors,
        },
        body: request.method === 'HEAD' ? undefined : page.bytes,
      }
    }
    return representationAnswer(
      request,
      { contentTag: page.etag, encoding, bytes: page.bytes, keys: page.keys },
      cacheControl,
      cors,
    )
  }
  return { answer }
}
