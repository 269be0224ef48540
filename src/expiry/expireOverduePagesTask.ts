import type { TaskConfig } from 'payload'

import { SCHEDULE_QUEUE } from '../scheduling/runDueSchedulesTask'
import { type ExpiryOutcome, expireOverduePages } from './expireOverduePages'

/** Every hour, on the schedules queue: live pages past their expiry get EXPIRY_POLICY. */
export const expireOverduePagesTask: TaskConfig<{ input: object; output: ExpiryOutcome }> = {
  slug: 'expireOverduePages',
  schedule: [{ cron: '0 5 * * * *', queue: SCHEDULE_QUEUE }],
  retries: 0,
  handler: async ({ req }) => ({ output: await expireOverduePages(req, new Date()) }),
}
