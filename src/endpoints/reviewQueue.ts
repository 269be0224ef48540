import type { Endpoint, PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import { isReviewStaff } from '../access/roles'
import { relationId } from '../shared/relations'
import type { queueItemSchema, reviewQueueSchema } from '../workflow/apiSchemas'
import { parseInput } from '../validation/parseInput'
import { peopleNames } from '../workflow/peopleNames'
import { describeIn } from '../shared/describe'
import { queueFor } from '../workflow/queues'
import { settingsOf } from '../config/settings'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

type QueueItem = z.infer<typeof queueItemSchema>

/** Requested re-reviews first (newest request first), then by how long they are overdue. */
const overdueOrder = (a: QueueItem, b: QueueItem): number => {
  if (Boolean(a.reviewReason) !== Boolean(b.reviewReason)) return a.reviewReason ? -1 : 1
  const due = (item: QueueItem) => new Date(item.nextReviewDue ?? 0).getTime()
  return a.reviewReason ? due(b) - due(a) : due(a) - due(b)
}

/** Assignments past their due date first (most overdue first), then the rest as they came. */
const assignmentsDueFirst =
  (now: Date) =>
  (a: QueueItem, b: QueueItem): number => {
    const pastDue = (item: QueueItem) =>
      item.dueAt && new Date(item.dueAt) < now ? new Date(item.dueAt).getTime() : Infinity
    const [dueA, dueB] = [pastDue(a), pastDue(b)]
    if (dueA === dueB) return 0
    return dueA < dueB ? -1 : 1
  }

const listAll = async (req: PayloadRequest, where: Where, draft: boolean): Promise<QueueItem[]> => {
  const items: QueueItem[] = []
  const assignees: string[] = []
  for (const collection of REVIEWABLE_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where,
      draft,
      depth: 0,
      pagination: false,
      sort: 'updatedAt',
      req,
    })
    for (const doc of docs) {
      const assignee = relationId(doc.assignee)
      if (assignee) assignees.push(assignee)
      items.push({
        collection,
        id: String(doc.id),
        title: describeIn(req, collection, doc),
        workflowState: String(doc.workflowState),
        updatedAt: doc.updatedAt,
        nextReviewDue: doc.nextReviewDue,
        assignee: assignee ? { id: assignee, name: '' } : null,
        dueAt: doc.dueAt ?? null,
        reviewReason: doc.reviewReason ?? null,
      })
    }
  }
  const names = new Map(
    (await peopleNames(req, [...new Set(assignees)])).map((person) => [person.id, person.name]),
  )
  for (const item of items) {
    if (item.assignee) item.assignee.name = names.get(item.assignee.id) ?? 'unknown'
  }
  return items
}

export const reviewQueueQuerySchema = z.object({
  assigned: z.literal('me', { message: 'Use assigned=me, or leave it out' }).optional(),
})

/**
 * GET /api/review-queue: what waits for review, what needs changes, what is overdue, each with
 * its assignee and due date; `?assigned=me` keeps the caller's assignments only.
 */
export const reviewQueueEndpoint: Endpoint = {
  path: '/review-queue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: 'Log in to see the review queue.' }] },
        { status: 401 },
      )
    }
    if (!isReviewStaff(req.user)) {
      return Response.json(
        { errors: [{ message: 'Only reviewers, editors and admins see the review queue.' }] },
        { status: 403 },
      )
    }
    const { assigned } = parseInput(reviewQueueQuerySchema, req.query)
    const now = new Date()
    const mine: Where | undefined = assigned ? { assignee: { equals: req.user.id } } : undefined
    const [inReview, changesRequested, overdue] = await Promise.all(
      (['awaiting-review', 'changes-requested', 'overdue'] as const).map((key) => {
        const queue = queueFor(key)
        const where = queue.where(req.user, now, settingsOf(req.payload))
        return listAll(req, mine ? { and: [where, mine] } : where, queue.draft)
      }),
    )
    return Response.json({
      inReview: inReview.sort(assignmentsDueFirst(now)),
      changesRequested: changesRequested.sort(assignmentsDueFirst(now)),
      overdue: overdue.sort(overdueOrder),
    } satisfies z.infer<typeof reviewQueueSchema>)
  },
}
