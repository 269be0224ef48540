import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { WORKFLOW_ACTION_HANDLERS } from '../workflow/actions'
import { type ActionResult } from '../workflow/actions/common'
import { inTransaction } from '../workflow/inTransaction'
import { type ReviewableCollection } from '../workflow/states'
import { workflowStatus } from '../workflow/status'
import { WORKFLOW_ACTIONS } from '../workflow/transitions'

/** GET /api/{collection}/{id}/workflow: state, publish checklist, history and the caller's actions. */
const workflowStatusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json({ errors: [{ message: 'Only CMS staff see the workflow.' }] }, { status: req.user ? 403 : 401 })
    }
    const status = await workflowStatus(
      req,
      req.routeParams?.collection as ReviewableCollection,
      String(req.routeParams?.id),
    )
    return Response.json(status, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** POST /api/{collection}/{id}/workflow/{action}, one endpoint per transition-table action. */
const workflowActionEndpoints = (): Endpoint[] =>
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

export const workflowEndpoints = (): Endpoint[] => [workflowStatusEndpoint, ...workflowActionEndpoints()]
