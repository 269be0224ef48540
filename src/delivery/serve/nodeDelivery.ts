import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { siteWideHeaders } from '../../config/siteWideHeaders'
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
    handle: async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
      const found = await answer(fromNodeRequest(req))
      if (!found) return false
      writeNodeAnswer(res, found)
      return true
    },
  }
}
