import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { discardRevision } from '../actions/discardRevision'
import { inTransaction } from '../inTransaction'
import { type ReviewableCollection } from '../states'

/** POST /api/{collection}/{id}/workflow/discard-revision: back to the live content. */
export const discardRevisionEndpoint: Endpoint = {
  path: '/:id/workflow/discard-revision',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const result = await inTransaction(req, () =>
      discardRevision({
        req,
        collection: req.routeParams?.collection as ReviewableCollection,
        id: String(req.routeParams?.id),
        body: req.data,
      }),
    )
    return Response.json(result)
  },
}
