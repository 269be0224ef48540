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
    return Response.json({ inReview, changesRequested, overdue })
  },
}
