import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { WORKFLOW_ACTION_HANDLERS } from '../actions'
import { type ActionResult } from '../actions/types'
import { inTransaction } from '../inTransaction'
import { type ReviewableCollection } from '../states'
import { WORKFLOW_ACTIONS } from '../transitions'

/** POST /api/{collection}/{id}/workflow/{action}, one endpoint per transition-table action. */
export const workflowEndpoints = (): Endpoint[] =>
  WORKFLOW_ACTIONS.map((action) => ({
    path: `/:id/workflow/${action}`,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      await addDataAndFileToRequest(req)
      const result: ActionResult = await inTransaction(req, () =>
        WORKFLOW_ACTION_HANDLERS[action]({
          req,
          collection: req.routeParams?.collection as ReviewableCollection,
          id: String(req.routeParams?.id),
          body: req.data,
        }),
      )
      return Response.json(result)
    },
  }))
