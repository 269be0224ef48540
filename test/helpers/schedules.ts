import type { Server } from 'node:http'
import type { Payload } from 'payload'

import request from 'supertest'

import type { ReviewableCollection } from '../../src/workflow/states'
import type { Member } from './team'

import { bearer } from './users'

const HOUR = 3600 * 1000

export const inAnHour = (): string => new Date(Date.now() + HOUR).toISOString()

/** POST or DELETE /api/{collection}/{id}/workflow/{schedule|schedule-withdraw}. */
export const scheduleCall = (
  server: Server,
  member: Pick<Member, 'token'> | undefined,
  method: 'delete' | 'post',
  path: { collection: ReviewableCollection; id: string; action: 'schedule' | 'schedule-withdraw' },
  body: Record<string, unknown> = {},
) => {
  const call = request(server)[method](`/api/${path.collection}/${path.id}/workflow/${path.action}`)
  if (member) call.set('Authorization', bearer(member.token))
  return method === 'post' ? call.send(body) : call
}

/** The test's clock: the schedule's time has come (fixture set-up through the Local API). */
export const makeScheduleDue = (payload: Payload, scheduleId: string) =>
  payload.update({
    collection: 'schedules',
    id: scheduleId,
    data: { at: new Date(Date.now() - 1000).toISOString() },
  })

/**
 * What the jobs queue's cron does every minute on the schedules queue, run now. One job after
 * another: a job the cron queued meanwhile would otherwise run beside this one, and on a loaded
 * machine two SQLite transactions at once outlast the busy timeout (a failed job, seen in CI).
 */
export const runDueSchedules = async (payload: Payload) => {
  await payload.jobs.queue({ task: 'runDueSchedules', queue: 'schedules', input: {} })
  await payload.jobs.run({ queue: 'schedules', sequential: true })
}

export const scheduleOf = (payload: Payload, id: string) =>
  payload.findByID({ collection: 'schedules', id, depth: 0 })

export const auditEntries = async (payload: Payload, documentId: string, action: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: documentId } }, { action: { equals: action } }] },
      sort: '-at',
      depth: 0,
      pagination: false,
    })
  ).docs

/** Whether this database can run all-or-nothing releases (FerretDB and a standalone mongod cannot). */
export const databaseHasTransactions = (): boolean =>
  process.env.TEST_DATABASE !== 'mongodb' || /[?&]replicaSet=/.test(process.env.MONGODB_URI ?? '')
