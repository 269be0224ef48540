import { z } from 'zod'

/** Which other origins' browser pages may call the delivery API (CORS_ORIGINS). */
export type CorsPolicy = { anyOrigin: boolean; origins: ReadonlySet<string> }

export const NO_CORS: CorsPolicy = { anyOrigin: false, origins: new Set() }

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'
const ALLOWED_REQUEST_HEADERS = 'Authorization, If-None-Match'
const EXPOSED_HEADERS = 'ETag, Surrogate-Key, Cache-Tag'
const PREFLIGHT_MAX_AGE_SECONDS = 600

/** Whether this request's Origin may read the answer. */
export const corsAllows = (policy: CorsPolicy, origin: null | string | undefined): boolean =>
  Boolean(origin) && (policy.anyOrigin || policy.origins.has(origin!))

/** The CORS headers of a delivery answer to a request from `origin` (none when it is refused). */
export const corsHeadersFor = (
  policy: CorsPolicy,
  origin: null | string | undefined,
): Record<string, string> =>
  corsAllows(policy, origin)
    ? {
        'Access-Control-Allow-Origin': policy.anyOrigin ? '*' : origin!,
        'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      }
    : {}

/** The extra headers of an allowed preflight (OPTIONS with Access-Control-Request-Method). */
export const preflightHeaders = (): Record<string, string> => ({
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
  'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
})

const isOrigin = (value: string): boolean => {
  try {
    return new URL(value).origin === value
  } catch {
    return false
  }
}

/** CORS_ORIGINS: empty (same origin only), `*` (any site: public delivery), or a list of origins. */
export const corsOriginsSchema = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(/[\s,]+/)
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
  .refine((origins) => origins.every((origin) => origin === '*' || isOrigin(origin)), {
    message:
      'must be * or a comma-separated list of origins such as https://www.example.com (scheme, host and port only)',
  })
  .transform((origins): CorsPolicy => ({
    anyOrigin: origins.includes('*'),
    origins: new Set(origins.filter((origin) => origin !== '*')),
  }))
