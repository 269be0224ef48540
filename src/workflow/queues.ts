import type { PayloadRequest, Where } from 'payload'

import { isSigner, roleOf, type StaffRole } from '../access/roles'
import type { Settings } from '../config/settings'

import { DAY_MS, expiredIfDueBefore } from '../expiry/expiry'
import { ownedBy } from './authorship'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from './states'

export type ReviewQueueKey =
  | 'my-drafts'
  | 'my-in-review'
  | 'my-changes-requested'
  | 'assigned-to-me'
  | 'awaiting-review'
  | 'changes-requested'
  | 'overdue'
  | 'expiring'
  | 'ready-to-publish'
export type ScheduleQueueKey = 'scheduled' | 'failed-schedules'
export type QueueKey = ReviewQueueKey | ScheduleQueueKey

/** A queue of reviewable documents: the same query in each reviewable collection. */
export type ReviewQueue = {
  source: 'documents'
  key: ReviewQueueKey
  label: string
  /** The workflow states are states of the latest draft; overdue is about live content. */
  draft: boolean
  where: (user: PayloadRequest['user'], now: Date, settings: QueueSettings) => Where
  /** The collections it asks; unset = every reviewable collection. */
  collections?: readonly ReviewableCollection[]
}

/** What of the configuration a queue's query reads. */
export type QueueSettings = Pick<Settings, 'reviewGraceDays'>

/**
 * A queue of scheduled changes rather than documents: schedules (a publication or a withdrawal of
 * one document) and releases (several documents at once), each found by its own query.
 */
export type ScheduleQueue = {
  source: 'schedules'
  key: ScheduleQueueKey
  label: string
  schedules: (now: Date) => Where
  releases: Where
  /** Pending changes soonest first; failures most recent first. */
  order: 'soonest' | 'latest'
}

export type Queue = ReviewQueue | ScheduleQueue

const EXPIRING_WITHIN_DAYS = 30

const inState = (state: string): Where => ({ workflowState: { equals: state } })
const inReview = inState('in_review')
const changesRequested = inState('changes_requested')
const mine = (user: PayloadRequest['user'], state: string): Where => ({
  and: [inState(state), ownedBy(user?.id ?? null)],
})

/** The review queues, as the review-queue endpoint, the dashboard and the list filters ask them. */
export const REVIEW_QUEUES: readonly ReviewQueue[] = [
  {
    source: 'documents',
    key: 'my-drafts',
    label: 'My drafts',
    draft: true,
    where: (user) => mine(user, 'draft'),
  },
  {
    source: 'documents',
    key: 'my-in-review',
    label: 'My documents in review',
    draft: true,
    where: (user) => mine(user, 'in_review'),
  },
  {
    source: 'documents',
    key: 'my-changes-requested',
    label: 'My documents: changes requested',
    draft: true,
    where: (user) => mine(user, 'changes_requested'),
  },
  {
    source: 'documents',
    key: 'assigned-to-me',
    label: 'Assigned to me',
    draft: true,
    where: (user): Where => ({ and: [inReview, { assignee: { equals: user?.id ?? null } }] }),
  },
  {
    source: 'documents',
    key: 'awaiting-review',
    label: 'Awaiting review',
    draft: true,
    // A pharmacist is not asked to review what they wrote (they may not sign it).
    where: (user): Where => {
      if (!user || !isSigner(user)) return inReview
      const notMine: Where = { createdBy: { not_equals: user.id } }
      return { and: [inReview, notMine] }
    },
  },
  {
    source: 'documents',
    key: 'changes-requested',
    label: 'Changes requested',
    draft: true,
    where: () => changesRequested,
  },
  {
    source: 'documents',
    key: 'overdue',
    label: 'Overdue for review',
    draft: false,
    where: (_user, now): Where => {
      const live: Where = { _status: { equals: 'published' } }
      const due: Where = { nextReviewDue: { less_than: now.toISOString() } }
      return { and: [live, due] }
    },
  },
  {
    source: 'documents',
    key: 'expiring',
    label: `Expiring in the next ${EXPIRING_WITHIN_DAYS} days`,
    draft: false,
    // Pages expire (src/expiry/); a FAQ, row or reference is reviewed with its article.
    collections: ['articles'],
    where: (_user, now, { reviewGraceDays }): Where => {
      const later = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS)
      return {
        and: [
          { _status: { equals: 'published' } },
          { nextReviewDue: { greater_than: expiredIfDueBefore(now, reviewGraceDays) } },
          { nextReviewDue: { less_than_equal: expiredIfDueBefore(later, reviewGraceDays) } },
        ],
      }
    },
  },
  {
    source: 'documents',
    key: 'ready-to-publish',
    label: 'Approved, ready to publish',
    draft: true,
    where: () => inState('approved'),
  },
]

const FAILURES_SHOWN_FOR_MS = 14 * 24 * 3600 * 1000

/** The same states as the `runDueSchedules` job reads (src/scheduling/runDueSchedulesTask.ts). */
export const SCHEDULE_QUEUES: readonly ScheduleQueue[] = [
  {
    source: 'schedules',
    key: 'scheduled',
    label: 'Scheduled',
    schedules: () => ({ status: { equals: 'scheduled' } }),
    releases: { and: [{ state: { in: ['open', 'locked'] } }, { publishAt: { exists: true } }] },
    order: 'soonest',
  },
  {
    source: 'schedules',
    key: 'failed-schedules',
    label: 'Failed schedules (last 14 days)',
    // A failed schedule stays failed; a failed release leaves once published or cancelled.
    schedules: (now): Where => ({
      and: [
        { status: { equals: 'failed' } },
        {
          finishedAt: {
            greater_than: new Date(now.getTime() - FAILURES_SHOWN_FOR_MS).toISOString(),
          },
        },
      ],
    }),
    releases: { state: { equals: 'failed' } },
    order: 'latest',
  },
]

const PUBLISHER_QUEUES: readonly QueueKey[] = [
  'ready-to-publish',
  'scheduled',
  'failed-schedules',
  'awaiting-review',
  'changes-requested',
  'overdue',
  'expiring',
]

/** Which queues each role is shown, in this order: what they act on next comes first. */
export const QUEUES_BY_ROLE: Record<StaffRole, readonly QueueKey[]> = {
  writer: ['my-drafts', 'my-in-review', 'my-changes-requested', 'overdue'],
  reviewer: ['assigned-to-me', 'awaiting-review', 'overdue', 'changes-requested'],
  editor: PUBLISHER_QUEUES,
  admin: PUBLISHER_QUEUES,
  // Quality assurance act on no document; what is past its review date is theirs to notice.
  qa: ['overdue'],
}

const ALL_QUEUES: readonly Queue[] = [...REVIEW_QUEUES, ...SCHEDULE_QUEUES]

export const queueFor = (key: ReviewQueueKey): ReviewQueue =>
  REVIEW_QUEUES.find((queue) => queue.key === key)!

/** The queues this person is shown, in their role's order; none for consumers and nobody. */
export const queuesFor = (user: PayloadRequest['user']): Queue[] => {
  const role = roleOf(user)
  const keys: readonly QueueKey[] = role && role !== 'consumer' ? QUEUES_BY_ROLE[role] : []
  return keys.map((key) => ALL_QUEUES.find((queue) => queue.key === key)!)
}

/** The document queues this person is shown, as saved views above a collection's list. */
export const reviewQueuesFor = (user: PayloadRequest['user']): ReviewQueue[] =>
  queuesFor(user).filter((queue): queue is ReviewQueue => queue.source === 'documents')

/** The collections a document queue asks, in the reviewable collections' order. */
export const collectionsOf = (queue: ReviewQueue): readonly ReviewableCollection[] =>
  queue.collections ?? REVIEWABLE_COLLECTIONS
