import type { Endpoint, Payload } from 'payload'

import { articleListQuerySchema } from '../delivery/articleListQuery'
import { deliveryResponder } from '../delivery/serve/deliveryAnswer'
import { fromWebRequest, toWebResponse } from '../delivery/serve/webDelivery'
import { parseInput } from '../validation/parseInput'

let responder: ReturnType<typeof deliveryResponder> | undefined

/**
 * GET /api/delivery/articles?page&limit: the live articles' stored list entries, for sitemaps and
 * indexes. `npm start` and the tests' adapter answer it before Payload (src/delivery/serve); this
 * endpoint answers it under `next dev` and shapes the 400 of a query that is not valid.
 */
export const deliveryArticleListEndpoint: Endpoint = {
  path: '/delivery/articles',
  method: 'get',
  handler: async (req) => {
    parseInput(articleListQuerySchema, req.query)
    const payload: Payload = req.payload
    responder ??= deliveryResponder(async () => payload)
    const answer = await responder.answer(
      fromWebRequest({
        method: 'GET',
        url: req.url ?? '/api/delivery/articles',
        headers: req.headers,
      }),
    )
    return toWebResponse(answer!)
  },
}
