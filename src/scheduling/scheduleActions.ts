import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { Schedule } from '../payload-types'
import type { ActionInput, ActionResult } from '../workflow/actions/types'

import { requireRoleFor } from '../access/allowed'
import { ConflictError, UnmetRequirementsError } from '../errors'
import { describeIn } from '../shared/describe'
import { readLiveVersion } from '../shared/liveVersion'
import { futureTimeSchema } from '../validation/futureTime'
import { parseInput } from '../validation/parseInput'
import { withdrawalReasonSchema } from '../workflow/actions/withdraw'
import { recordAudit } from '../workflow/audit'
import { findLatest } from '../workflow/documents'
import { type WorkflowState } from '../workflow/states'
import { pinApproved } from './pins'
import { pendingSchedule, type ScheduleKind } from './scheduleRecord'
import { whenInWords } from '../shared/whenInWords'

const publicNote = z
  .string()
  .trim()
  .max(500, 'Keep the public note under 500 characters')
  .optional()
  .describe('A public summary of what changed, shown in the page’s update log')

export const schedulePublicationBodySchema = z.object({
  publishAt: futureTimeSchema('publishAt'),
  note: publicNote,
})
export const scheduleWithdrawalBodySchema = z.object({
  at: futureTimeSchema('at'),
  reason: withdrawalReasonSchema,
})

const KIND_WORDS: Record<ScheduleKind, string> = {
  publish: 'publication',
  withdraw: 'withdrawal',
}

/** Publishers schedule and cancel (the policy's schedule rules, src/access/policy.ts). */
export const requireScheduler = (req: PayloadRequest): void => requireRoleFor(req, 'schedule')

type NewSchedule = Omit<Schedule, 'createdAt' | 'id' | 'scheduledBy' | 'status' | 'updatedAt'>

/**
 * Stores the schedule unless the document already has one of its kind pending (409). Checked
 * again after writing, so of two concurrent requests only the earlier schedule stays.
 */
const storeSchedule = async (input: ActionInput, data: NewSchedule, title: string) => {
  const { req } = input
  const refuse = (existing: Schedule) =>
    new ConflictError(
      `"${title}" already has a ${KIND_WORDS[data.kind]} scheduled for ${whenInWords(existing.at)}; cancel it first.`,
    )
  const existing = await pendingSchedule(req, input.collection, input.id, data.kind)
  if (existing) throw refuse(existing)
  const schedule = await req.payload.create({
    collection: 'schedules',
    data: { ...data, status: 'scheduled', scheduledBy: req.user!.id },
    req,
  })
  const first = await pendingSchedule(req, input.collection, input.id, data.kind)
  if (first && first.id !== schedule.id) {
    await req.payload.delete({ collection: 'schedules', id: schedule.id, req })
    throw refuse(first)
  }
  return schedule
}

const result = async (
  input: ActionInput,
  message: string,
  schedule?: { id: string | number; at: string },
): Promise<ActionResult> => {
  const doc = await findLatest(input.req, input.collection, input.id)
  return {
    collection: input.collection,
    id: input.id,
    state: (doc.workflowState ?? 'draft') as WorkflowState,
    message,
    ...(schedule ? { scheduleId: String(schedule.id), scheduledAt: schedule.at } : {}),
  }
}

/**
 * POST …/workflow/schedule { publishAt, note? }: publishes the approved version, pinned to its
 * signature now, when the time comes (whatever is drafted on top of it meanwhile).
 */
export const schedulePublication = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireScheduler(req)
  const body = parseInput(schedulePublicationBodySchema, input.body)
  const doc = await findLatest(req, collection, id)
  const title = describeIn(req, collection, doc)
  const pin = await pinApproved(req, collection, id, `schedule "${title}"`)
  const schedule = await storeSchedule(
    input,
    {
      kind: 'publish',
      collectionSlug: collection,
      documentId: id,
      at: body.publishAt,
      note: body.note,
      signature: pin.signature,
      versionId: pin.versionId,
      contentHash: pin.contentHash,
    },
    title,
  )
  await recordAudit(req, {
    action: 'schedule',
    collectionSlug: collection,
    documentId: id,
    versionId: pin.versionId,
    contentHash: pin.contentHash,
    comment: `Publication scheduled for ${whenInWords(body.publishAt)}`,
    details: { scheduleId: schedule.id, at: body.publishAt, signatureId: pin.signature },
  })
  return result(input, `Scheduled to publish at ${body.publishAt}.`, schedule)
}

/** POST …/workflow/schedule-withdraw { at, reason }: takes the live version off at a time. */
export const scheduleWithdrawal = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireScheduler(req)
  const body = parseInput(scheduleWithdrawalBodySchema, input.body)
  const live = await readLiveVersion(req, collection, id)
  const title = describeIn(req, collection, await findLatest(req, collection, id))
  if (live?._status !== 'published') {
    throw new UnmetRequirementsError(`Cannot schedule the withdrawal of "${title}"`, [
      `"${title}" is not published, so there is nothing to withdraw`,
    ])
  }
  const schedule = await storeSchedule(
    input,
    {
      kind: 'withdraw',
      collectionSlug: collection,
      documentId: id,
      at: body.at,
      reason: body.reason,
    },
    title,
  )
  await recordAudit(req, {
    action: 'schedule-withdraw',
    collectionSlug: collection,
    documentId: id,
    comment: body.reason,
    details: { scheduleId: schedule.id, at: body.at },
  })
  return result(input, `Scheduled to be withdrawn at ${body.at}.`, schedule)
}

const cancelSchedule =
  (kind: ScheduleKind) =>
  async (input: ActionInput): Promise<ActionResult> => {
    const { req, collection, id } = input
    requireScheduler(req)
    const title = describeIn(req, collection, await findLatest(req, collection, id))
    const schedule = await pendingSchedule(req, collection, id, kind)
    if (!schedule) {
      throw new UnmetRequirementsError(`Cannot cancel`, [
        `"${title}" has no ${KIND_WORDS[kind]} scheduled`,
      ])
    }
    await req.payload.update({
      collection: 'schedules',
      id: schedule.id,
      data: {
        status: 'cancelled',
        cancelledBy: req.user!.id,
        finishedAt: new Date().toISOString(),
      },
      req,
    })
    await recordAudit(req, {
      action: 'schedule-cancelled',
      collectionSlug: collection,
      documentId: id,
      comment: `Cancelled the ${KIND_WORDS[kind]} scheduled for ${whenInWords(schedule.at)}`,
      details: { scheduleId: schedule.id, kind, at: schedule.at },
    })
    return result(input, `The scheduled ${KIND_WORDS[kind]} is cancelled.`)
  }

/** DELETE …/workflow/schedule and DELETE …/workflow/schedule-withdraw. */
export const cancelScheduledPublication = cancelSchedule('publish')
export const cancelScheduledWithdrawal = cancelSchedule('withdraw')
