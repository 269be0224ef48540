import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { securityHeaders, strictTransportSecurity } from '../../config/securityHeaders.mjs'
import { type DeliveryAnswer, type DeliveryRequest, deliveryResponder } from './deliveryAnswer'

/** A node:http request as the delivery server reads it. */
export const fromNodeRequest = (req: IncomingMessage): DeliveryRequest => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  return {
    method: req.method ?? 'GET',
    pathname: url.pathname,
    searchParams: url.searchParams,
    header: (name) => {
      const value = req.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    },
  }
}

let siteWide: { serverUrl: string | undefined; headers: Record<string, string> } | undefined

/** The headers every answer of the CMS carries (next.config.mjs and src/proxy.ts under Next). */
export const siteWideHeaders = (): Record<string, string> => {
  const serverUrl = process.env.SERVER_URL?.trim()
  if (siteWide && siteWide.serverUrl === serverUrl) return siteWide.headers
  const headers: Record<string, string> = {}
  for (const { key, value } of securityHeaders()) headers[key] = value
  const hsts = strictTransportSecurity(serverUrl)
  if (hsts) headers['Strict-Transport-Security'] = hsts
  siteWide = { serverUrl, headers }
  return headers
}

export const writeNodeAnswer = (res: ServerResponse, answer: DeliveryAnswer): void => {
  res.writeHead(answer.status, { ...siteWideHeaders(), ...answer.headers })
  res.end(answer.body)
}

/**
 * The delivery API on node:http: `handle` answers a delivery address and resolves true, or
 * resolves false (having written nothing) for a request another handler must answer.
 */
export const nodeDeliveryHandler = (payloadOf: () => Promise<Payload>) => {
  const { answer } = deliveryResponder(payloadOf)
  return {
    answer,
    handle: async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
      const found = await answer(fromNodeRequest(req))
      if (!found) return false
      writeNodeAnswer(res, found)
      return true
    },
  }
}
