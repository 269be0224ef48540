import type { PayloadRequest, Where } from 'payload'

import { userHasRole } from '../access/roles'

export type QueueKey = 'awaiting-review' | 'changes-requested' | 'overdue'

export type ReviewQueue = {
  key: QueueKey
  label: string
  /** In review and changes requested are states of the latest draft; overdue is about live content. */
  draft: boolean
  where: (user: PayloadRequest['user'], now: Date) => Where
}

/** The review queues, as the review-queue endpoint, the dashboard and the list filters show them. */
export const REVIEW_QUEUES: readonly ReviewQueue[] = [
  {
    key: 'awaiting-review',
    label: 'Awaiting my review',
    draft: true,
    // A pharmacist is not asked to review what they wrote (they may not sign it).
    where: (user): Where => {
      const inReview: Where = { workflowState: { equals: 'in_review' } }
      if (!user || !userHasRole(user, 'reviewer')) return inReview
      const notMine: Where = { createdBy: { not_equals: user.id } }
      return { and: [inReview, notMine] }
    },
  },
  {
    key: 'changes-requested',
    label: 'Changes requested',
    draft: true,
    where: () => ({ workflowState: { equals: 'changes_requested' } }),
  },
  {
    key: 'overdue',
    label: 'Overdue for review',
    draft: false,
    where: (_user, now): Where => {
      const live: Where = { _status: { equals: 'published' } }
      const due: Where = { nextReviewDue: { less_than: now.toISOString() } }
      return { and: [live, due] }
    },
  },
]

export const queueFor = (key: QueueKey): ReviewQueue =>
  REVIEW_QUEUES.find((queue) => queue.key === key)!
