import type { ServerFunction } from 'payload'

import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { userHasRole } from '../access/roles'
import { PUBLISHER_ROLES } from '../workflow/transitions'

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]

/**
 * Payload's admin "schedule publish" server function checks only that the caller may open the
 * admin, so any writer could queue or cancel a publication (or an unpublish). Publishers only; an
 * unpublish goes through the withdraw action, which records a reason. The publish gate checks the
 * scheduled publication again when the job runs.
 */
export const schedulePublishForPublishers: ServerFunction<ScheduleArgs> = async (args) => {
  if (!userHasRole(args.req.user, ...PUBLISHER_ROLES)) {
    return {
      error: `Only ${PUBLISHER_ROLES.join(' or ')} accounts can schedule or cancel a publication.`,
    }
  }
  if (args.type === 'unpublish') {
    return {
      error:
        'Content is taken offline by withdrawing it with a reason, not by a scheduled unpublish.',
    }
  }
  return schedulePublishHandler(args)
}

/** Server functions the admin's layout registers in place of Payload's own. */
export const ADMIN_SERVER_FUNCTIONS = { 'schedule-publish': schedulePublishForPublishers }
