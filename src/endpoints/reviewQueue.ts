import type { Endpoint, PayloadRequest, Where } from 'payload'

import { userHasRole } from '../access/roles'
import { describeIn } from '../shared/describe'
import { queueFor } from '../workflow/queues'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../workflow/states'

const QUEUE_ROLES = ['reviewer', 'editor', 'admin'] as const

type QueueItem = {
  collection: ReviewableCollection
  id: string
  title: string
  workflowState: string
  updatedAt: string
  nextReviewDue?: string | null
  /** Why a re-review was requested before it was due (a drug-wide request, a label change). */
  reviewReason?: string | null
}

/** Requested re-reviews first (newest request first), then by how long they are overdue. */
const overdueOrder = (a: QueueItem, b: QueueItem): number => {
  if (Boolean(a.reviewReason) !== Boolean(b.reviewReason)) return a.reviewReason ? -1 : 1
  const due = (item: QueueItem) => new Date(item.nextReviewDue ?? 0).getTime()
  return a.reviewReason ? due(b) - due(a) : due(a) - due(b)
}

const listAll = async (req: PayloadRequest, where: Where, draft: boolean): Promise<QueueItem[]> => {
  const items: QueueItem[] = []
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
      items.push({
        collection,
        id: String(doc.id),
        title: describeIn(req, collection, doc),
        workflowState: String(doc.workflowState),
        updatedAt: doc.updatedAt,
        nextReviewDue: doc.nextReviewDue,
        reviewReason: doc.reviewReason ?? null,
      })
    }
  }
  return items
}

/** GET /api/review-queue: what waits for review, what needs changes, what is overdue. */
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
    if (!userHasRole(req.user, ...QUEUE_ROLES)) {
      return Response.json(
        { errors: [{ message: 'Only reviewers, editors and admins see the review queue.' }] },
        { status: 403 },
      )
    }
    const now = new Date()
    const [inReview, changesRequested, overdue] = await Promise.all(
      (['awaiting-review', 'changes-requested', 'overdue'] as const).map((key) => {
        const queue = queueFor(key)
        return listAll(req, queue.where(req.user, now), queue.draft)
      }),
    )
    return Response.json({ inReview, changesRequested, overdue: overdue.sort(overdueOrder) })
  },
}
