import type { DeliveryAnswer, DeliveryRequest } from './deliveryAnswer'

/** A fetch Request as the delivery server reads it (Next's route handlers, `next dev`). */
export const fromWebRequest = (request: Request): DeliveryRequest => {
  const url = new URL(request.url)
  return {
    method: request.method,
    pathname: url.pathname,
    searchParams: url.searchParams,
    header: (name) => request.headers.get(name) ?? undefined,
  }
}

export const toWebResponse = ({ status, headers, body }: DeliveryAnswer): Response =>
  new Response(body ? (body as Uint8Array<ArrayBuffer>) : null, { status, headers })
