type RouteHandler = (request: Request, context?: unknown) => Promise<Response>

/**
 * HEAD wherever GET is (RFC 9110 §9.3.2): Payload's REST handler looks up endpoints by method and
 * answers a HEAD with 404, so the request is answered as a GET and sent without its body.
 */
export const headAsGet =
  (get: RouteHandler): RouteHandler =>
  async (request, context) => {
    const response = await get(new Request(request, { method: 'GET' }), context)
    return new Response(null, { status: response.status, headers: response.headers })
  }
