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

type WorkflowActionHandler = (input: ActionInput) => Promise<ActionResult>

/** One mounted workflow route; the OpenAPI document is built from this list too. */
export type WorkflowRoute = {
  name: string
  method: 'delete' | 'post'
  action: WorkflowActionHandler
}

/**
 * One route per transition-table action, and the actions outside the table: discard a revision
 * (back to the live content), assign a reviewer, schedule (and cancel) a publication pinned to
 * its signature or a withdrawal.
 */
export const WORKFLOW_ROUTES: WorkflowRoute[] = [
  ...WORKFLOW_ACTIONS.map((name) => ({
    name,
    method: 'post' as const,
    action: WORKFLOW_ACTION_HANDLERS[name],
  })),
  { name: 'discard-revision', method: 'post', action: discardRevision },
  { name: 'assign', method: 'post', action: assign },
  { name: 'schedule', method: 'post', action: schedulePublication },
  { name: 'schedule', method: 'delete', action: cancelScheduledPublication },
  { name: 'schedule-withdraw', method: 'post', action: scheduleWithdrawal },
  { name: 'schedule-withdraw', method: 'delete', action: cancelScheduledWithdrawal },
]

/** POST (or DELETE) /api/{collection}/{id}/workflow/{name}: one workflow action, in one transaction. */
const actionEndpoint = ({ name, method, action }: WorkflowRoute): Endpoint => ({
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

export const workflowEndpoints = (): Endpoint[] => WORKFLOW_ROUTES.map(actionEndpoint)
