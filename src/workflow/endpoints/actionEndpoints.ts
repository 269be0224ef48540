import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ActionInput, ActionResult } from '../actions/types'
import { WORKFLOW_ACTION_HANDLERS } from '../actions'
import { assign } from '../actions/assign'
import { discardRevision } from '../actions/discardRevision'
import {
  cancelScheduledPublication,
  cancelScheduledWithdrawal,
  schedulePublication,
  scheduleWithdrawal,
} from '../../scheduling/scheduleActions'
import { inTransaction } from '../inTransaction'
import { type ReviewableCollection } from '../states'
import { WORKFLOW_ACTIONS } from '../transitions'

/** POST /api/{collection}/{id}/workflow/{name}: one workflow action, in one transaction. */
const actionEndpoint = (
  name: string,
  action: (input: ActionInput) => Promise<ActionResult>,
  method: 'delete' | 'post' = 'post',
): Endpoint => ({
  path: `/:id/workflow/${name}`,
  method,
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const result = await inTransaction(req, () =>
      action({
        req,
        collection: req.routeParams?.collection as ReviewableCollection,
        id: String(req.routeParams?.id),
        body: req.data,
      }),
    )
    return Response.json(result)
  },
})

/**
 * One endpoint per transition-table action, and the actions outside the table: discard a
 * revision (back to the live content), assign a reviewer, schedule (and cancel) a publication
 * pinned to its signature or a withdrawal.
 */
export const workflowEndpoints = (): Endpoint[] => [
  ...WORKFLOW_ACTIONS.map((action) => actionEndpoint(action, WORKFLOW_ACTION_HANDLERS[action])),
  actionEndpoint('discard-revision', discardRevision),
  actionEndpoint('assign', assign),
  actionEndpoint('schedule', schedulePublication),
  actionEndpoint('schedule', cancelScheduledPublication, 'delete'),
  actionEndpoint('schedule-withdraw', scheduleWithdrawal),
  actionEndpoint('schedule-withdraw', cancelScheduledWithdrawal, 'delete'),
]
