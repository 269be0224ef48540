import type { z } from 'zod'

const TIMEOUT_MS = 10_000

/** An outside service was unreachable, failed, or answered something we cannot read. */
export class ServiceUnavailableError extends Error {
  constructor(service: string, reason: string) {
    super(`${service}: ${reason}`)
    this.name = 'ServiceUnavailableError'
  }
}

export const NOT_FOUND = 'not-found' as const

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
