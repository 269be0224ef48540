import type { ScheduleEntry } from './queueContents'

import { Time } from './when'

const SCHEDULED: Record<ScheduleEntry['change'], string> = {
  publish: 'Scheduled publication',
  withdraw: 'Scheduled withdrawal',
  release: 'Scheduled release',
}

/**
 * A pending or failed schedule: the document (or release) as a link to where it is scheduled and
 * cancelled, what will happen when, and for a failure why it did not go ahead.
 */
export const ScheduleEntryItem = ({ entry }: { entry: ScheduleEntry }) => (
  <li className="review-queue-dashboard__entry" data-failed={entry.failure ? 'true' : undefined}>
    <span className="review-queue-dashboard__kind">{entry.what}</span>
    {entry.href ? (
      <a className="review-queue-dashboard__title" href={entry.href}>
        {entry.title}
      </a>
    ) : (
      <span className="review-queue-dashboard__title">{entry.title}</span>
    )}
    <span className="review-queue-dashboard__detail">
      {entry.failure ? 'Was due' : SCHEDULED[entry.change]}
      {entry.at ? (
        <>
          {entry.failure ? ' ' : ': '}
          <Time iso={entry.at} />
        </>
      ) : null}
    </span>
    {entry.failure ? (
      <span className="review-queue-dashboard__failure">{entry.failure}</span>
    ) : null}
  </li>
)
