import type { z } from 'zod'

const TIMEOUT_MS = 10_000

/** An outside service was unreachable, failed, or answered something we cannot read. */
export class ServiceUnavailableError extends Error {
  constructor(service: string, reason: string) {
    super(`${service}: ${reason}`)
    this.name = 'ServiceUnavailableError'
  }
}

/**
 * An identifier that names no record the service could have (a DailyMed set id that is not a
 * UUID, a DOI that is not 10.x/y): nothing is asked. It is a ServiceUnavailableError, so callers
 * record it as a failure to check and carry on with the next one.
 */
export class InvalidIdentifierError extends ServiceUnavailableError {
  constructor(service: string, reason: string) {
    super(service, reason)
    this.name = 'InvalidIdentifierError'
  }
}

export const NOT_FOUND = 'not-found' as const

/** `.` and `..` in any spelling: URLs resolve them as "this" and "the parent" path segment. */
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i

/**
 * `base` followed by `segments`, each percent-encoded as exactly one path segment, and `query`.
 * An empty or dot segment is refused, since fetch would resolve `spls/../history.json` to
 * another endpoint of the service; `/` and `?` in a value are encoded, never structure.
 */
export const serviceUrl = (
  service: string,
  base: string,
  segments: string[],
  query: Record<string, string | undefined> = {},
): string => {
  for (const segment of segments) {
    if (!segment || DOT_SEGMENT.test(segment)) {
      throw new InvalidIdentifierError(service, `"${segment}" cannot be part of a request path`)
    }
  }
  const path = segments.map(encodeURIComponent).join('/')
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString()
  return `${base}/${path}${search ? `?${search}` : ''}`
}

/**
 * GETs JSON from an outside service and checks its shape. A 404 is an answer ("no such record");
 * anything else that is not a readable 2xx (timeout, refused, 5xx, HTML, wrong shape) throws
 * ServiceUnavailableError, so callers leave what they store untouched and try again later.
 */
export const getJson = async <T>(
  service: string,
  url: string,
  schema: z.ZodType<T>,
  headers: Record<string, string> = {},
): Promise<T | typeof NOT_FOUND> => {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new ServiceUnavailableError(service, (error as Error).message)
  }
  if (response.status === 404) return NOT_FOUND
  if (!response.ok) throw new ServiceUnavailableError(service, `HTTP ${response.status}`)
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new ServiceUnavailableError(service, 'the answer is not JSON')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ServiceUnavailableError(service, 'the answer has an unknown shape')
  return parsed.data
}
