import type { Endpoint } from 'payload'

import { buildOpenApiDocument } from '../openapi/document'
import { renderJson } from '../delivery/renderJson'
import { cacheableJson } from '../delivery/httpCaching'

let rendered: ReturnType<typeof renderJson> | undefined

/** GET /api/openapi.json: the document of the project's endpoints (also downstream/openapi.json). */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    rendered ??= renderJson(buildOpenApiDocument())
    return cacheableJson(req.headers, rendered, { isPublic: true, maxAgeSeconds: 300 })
  },
}
