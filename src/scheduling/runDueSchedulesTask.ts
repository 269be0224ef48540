import type { TaskConfig } from 'payload'

import { runScheduledRelease } from '../releases/runScheduledRelease'
import { runSchedule } from './runSchedule'

export const SCHEDULE_QUEUE = 'schedules'

/**
 * Every minute: carries out the schedules and releases whose time has come, each in its own
 * transaction. A failure is reported and does not stop the others.
 */
export const runDueSchedulesTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'runDueSchedules',
  schedule: [{ cron: '* * * * *', queue: SCHEDULE_QUEUE }],
  retries: 0,
  handler: async ({ req }) => {
    const now = new Date()
    const { docs: schedules } = await req.payload.find({
      collection: 'schedules',
      where: {
        and: [{ status: { equals: 'scheduled' } }, { at: { less_than_equal: now.toISOString() } }],
      },
      sort: 'at',
      depth: 0,
      pagination: false,
      req,
    })
    const outcomes: string[] = []
    for (const schedule of schedules) outcomes.push(await runSchedule(req, schedule, now))
    const { docs: releases } = await req.payload.find({
      collection: 'releases',
      where: {
        and: [
          { state: { in: ['open', 'locked'] } },
          { publishAt: { less_than_equal: now.toISOString() } },
        ],
      },
      sort: 'publishAt',
      depth: 0,
      pagination: false,
      req,
    })
    for (const release of releases) outcomes.push(await runScheduledRelease(req, release))
    return {
      output: {
        done: outcomes.filter((outcome) => outcome === 'done').length,
        failed: outcomes.filter((outcome) => outcome === 'failed').length,
      },
    }
  },
}
