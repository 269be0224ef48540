import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access/roles'
import { type ReviewableCollection } from '../states'
import { workflowStatus } from '../status'

/** GET /api/{collection}/{id}/workflow: state, publish checklist, history and the caller's actions. */
export const workflowStatusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json(
        { errors: [{ message: 'Only CMS staff see the workflow.' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    const status = await workflowStatus(
      req,
      req.routeParams?.collection as ReviewableCollection,
      String(req.routeParams?.id),
    )
    return Response.json(status, { headers: { 'Cache-Control': 'no-store' } })
  },
}
