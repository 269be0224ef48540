import type { PayloadRequest, Where } from 'payload'

import { isReviewStaff, isSigner, isStaffUser, isWriter } from '../access/roles'
import { ownedBy } from './authorship'

export type QueueKey =
  'assigned-to-me' | 'my-changes-requested' | 'awaiting-review' | 'changes-requested' | 'overdue'

export type ReviewQueue = {
  key: QueueKey
  label: string
  /** Who is shown this queue (the dashboard and the list links). */
  shownTo: (user: PayloadRequest['user']) => boolean
  /** In review and changes requested are states of the latest draft; overdue is about live content. */
  draft: boolean
  where: (user: PayloadRequest['user'], now: Date) => Where
}

const inReview: Where = { workflowState: { equals: 'in_review' } }
const changesRequested: Where = { workflowState: { equals: 'changes_requested' } }

/**
 * The review queues, as the review-queue endpoint, the dashboard and the list filters show them,
 * in the order each person sees them: their own work first.
 */
export const REVIEW_QUEUES: readonly ReviewQueue[] = [
  {
    key: 'assigned-to-me',
    label: 'Assigned to me',
    shownTo: isSigner,
    draft: true,
    where: (user): Where => ({ and: [inReview, { assignee: { equals: user?.id ?? null } }] }),
  },
  {
    key: 'my-changes-requested',
    label: 'My documents: changes requested',
    shownTo: isWriter,
    draft: true,
    where: (user): Where => ({ and: [changesRequested, ownedBy(user?.id ?? null)] }),
  },
  {
    key: 'awaiting-review',
    label: 'Awaiting my review',
    shownTo: isReviewStaff,
    draft: true,
    // A pharmacist is not asked to review what they wrote (they may not sign it).
    where: (user): Where => {
      if (!user || !isSigner(user)) return inReview
      const notMine: Where = { createdBy: { not_equals: user.id } }
      return { and: [inReview, notMine] }
    },
  },
  {
    key: 'changes-requested',
    label: 'Changes requested',
    shownTo: isReviewStaff,
    draft: true,
    where: () => changesRequested,
  },
  {
    key: 'overdue',
    label: 'Overdue for review',
    shownTo: isStaffUser,
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

/** The queues this person is shown, their own work first. */
export const queuesFor = (user: PayloadRequest['user']): ReviewQueue[] =>
  REVIEW_QUEUES.filter((queue) => queue.shownTo(user))
