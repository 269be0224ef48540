import type { ReactNode } from 'react'

import type { ReviewQueueKey } from '../../../workflow/queues'
import type { DocumentEntry } from './queueContents'

import { Day } from './when'

/** A review's due date; one that has passed says so in words, and stands out. */
const Due = ({ dueAt, now }: { dueAt: string | null; now: Date }) => {
  if (!dueAt) return <>no due date</>
  if (new Date(dueAt) < now) {
    return (
      <strong className="review-queue-dashboard__past-due">
        past due since <Day iso={dueAt} />
      </strong>
    )
  }
  return (
    <>
      due <Day iso={dueAt} />
    </>
  )
}

type Detail = (entry: DocumentEntry, now: Date) => ReactNode

const assignment: Detail = (entry, now) => (
  <>
    {entry.assignee ? `Assigned to ${entry.assignee}` : 'Not assigned yet'},{' '}
    <Due dueAt={entry.dueAt} now={now} />
  </>
)

const lastSaved: Detail = (entry) => (
  <>
    Last saved <Day iso={entry.updatedAt} />
  </>
)

const changesRequested: Detail = (entry) => (
  <>
    {entry.assignee ? `Reviewer ${entry.assignee}; last` : 'Last'} saved{' '}
    <Day iso={entry.updatedAt} />
  </>
)

/** What matters about a document in each queue. */
const DETAILS: Record<ReviewQueueKey, Detail> = {
  'my-drafts': lastSaved,
  'my-in-review': assignment,
  'my-changes-requested': changesRequested,
  'assigned-to-me': (entry, now) => (
    <>
      Assigned to you, <Due dueAt={entry.dueAt} now={now} />
    </>
  ),
  'awaiting-review': assignment,
  'changes-requested': changesRequested,
  overdue: (entry) => (
    <>
      Due for review since {entry.nextReviewDue ? <Day iso={entry.nextReviewDue} /> : 'unknown'}
      {entry.reviewReason ? `. Re-review requested: ${entry.reviewReason}` : ''}
    </>
  ),
  expiring: (entry) => (
    <>
      Expires {entry.expiresAt ? <Day iso={entry.expiresAt} /> : 'unknown'} unless reviewed again
      {entry.nextReviewDue ? (
        <>
          {' '}
          (review due <Day iso={entry.nextReviewDue} />)
        </>
      ) : (
        ''
      )}
    </>
  ),
  'ready-to-publish': (entry) =>
    entry.signedOff ? (
      <>
        Signed off by {entry.signedOff.by} on <Day iso={entry.signedOff.on} />
      </>
    ) : (
      'Approved'
    ),
}

type Props = { entry: DocumentEntry; queue: ReviewQueueKey; now: Date }

/** One document in a dashboard queue: its title as a link to its edit view, its kind, what matters. */
export const DocumentEntryItem = ({ entry, queue, now }: Props) => (
  <li className="review-queue-dashboard__entry">
    <span className="review-queue-dashboard__kind">{entry.collectionLabel}</span>
    <a className="review-queue-dashboard__title" href={entry.href}>
      {entry.title}
    </a>
    <span className="review-queue-dashboard__detail">{DETAILS[queue](entry, now)}</span>
  </li>
)
