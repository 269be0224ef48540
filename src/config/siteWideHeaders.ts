import { securityHeaders, strictTransportSecurity } from './securityHeaders.mjs'

let computed: { serverUrl: string | undefined; headers: Record<string, string> } | undefined

/**
 * The headers every answer of the CMS carries, for answers written on node:http itself (the
 * delivery API in server.mjs, the refusals in front of Next, the tests' adapter); Next's own
 * answers get them from next.config.mjs and src/proxy.ts.
 */
export const siteWideHeaders = (): Record<string, string> => {
  const serverUrl = process.env.SERVER_URL?.trim()
  if (computed && computed.serverUrl === serverUrl) return computed.headers
  const headers: Record<string, string> = {}
  for (const { key, value } of securityHeaders()) headers[key] = value
  const hsts = strictTransportSecurity(serverUrl)
  if (hsts) headers['Strict-Transport-Security'] = hsts
  computed = { serverUrl, headers }
  return headers
}
