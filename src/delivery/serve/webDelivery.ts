import type { DeliveryAnswer, DeliveryRequest } from './deliveryAnswer'

/**
 * A fetch Request as the delivery server reads it behind Next's route runtime (`next dev`, and
 * the list endpoint in Payload's REST handler). Next drops `Content-Encoding` from a route's
 * answer and sends the bytes as they are, so there the identity bytes are always chosen (Next
 * compresses them itself); server.mjs serves the stored encodings.
 */
export const fromWebRequest = (
  request: Pick<Request, 'method' | 'url' | 'headers'>,
): DeliveryRequest => {
  const url = new URL(request.url, 'http://localhost')
  return {
    method: request.method,
    pathname: url.pathname,
    searchParams: url.searchParams,
    header: (name) =>
      name === 'accept-encoding' ? undefined : (request.headers.get(name) ?? undefined),
  }
}

export const toWebResponse = ({ status, headers, body }: DeliveryAnswer): Response =>
  new Response(body ? (body as Uint8Array<ArrayBuffer>) : null, { status, headers })
