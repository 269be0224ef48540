import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access/roles'
import { ForbiddenError, NotLoggedInError } from '../../errors'
import { changesSinceLastSignOff } from '../changes/changesSince'
import { type ReviewableCollection } from '../states'

/** GET /api/{collection}/{id}/workflow/changes: what changed since the last sign-off (staff). */
export const workflowChangesEndpoint: Endpoint = {
  path: '/:id/workflow/changes',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new NotLoggedInError('Log in to see what changed.')
    if (!isStaffUser(req.user)) throw new ForbiddenError('Only CMS staff see unpublished changes.')
    const changes = await changesSinceLastSignOff(
      req,
      req.routeParams?.collection as ReviewableCollection,
      String(req.routeParams?.id),
    )
    return Response.json(changes, { headers: { 'Cache-Control': 'no-store' } })
  },
}
