import type { ServerFunction } from 'payload'

/**
 * Payload's admin "schedule publish" server function would queue a publication of whatever the
 * latest draft is when it runs. Publications are scheduled through the workflow instead, pinned
 * to a signature (POST /api/{collection}/{id}/workflow/schedule, the workflow panel's Schedule):
 * this one refuses everyone, so no other path schedules a publication.
 */
export const refuseUnpinnedSchedule: ServerFunction<Record<string, unknown>> = async () => ({
  error:
    'Schedule a publication from the workflow panel: it publishes the version the pharmacist signed.',
})

/** Server functions the admin's layout registers in place of Payload's own. */
export const ADMIN_SERVER_FUNCTIONS = { 'schedule-publish': refuseUnpinnedSchedule }
