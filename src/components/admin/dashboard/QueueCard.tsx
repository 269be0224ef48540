import type { ReactNode } from 'react'

import type { Queue } from '../../../workflow/queues'
import type { ShowAllLink } from './queueContents'

type Props = { queue: Queue; total: number; showAll: ShowAllLink[]; children: ReactNode }

/**
 * One queue as a card: its name and how many wait in it, its first entries (`children`), and
 * where to find the rest, one link per collection that has more than the card lists.
 */
export const QueueCard = ({ queue, total, showAll, children }: Props) => {
  const headingId = `review-queue-${queue.key}`
  return (
    <section
      aria-labelledby={headingId}
      className="review-queue-dashboard__queue"
      data-empty={total === 0 ? 'true' : undefined}
      data-queue={queue.key}
    >
      <h3 className="review-queue-dashboard__queue-title" id={headingId}>
        {queue.label}{' '}
        <span className="review-queue-dashboard__count" data-testid={`queue-total-${queue.key}`}>
          {total}
        </span>
      </h3>
      {total === 0 ? (
        <p className="review-queue-dashboard__empty">Nothing here.</p>
      ) : (
        <ul className="review-queue-dashboard__entries">{children}</ul>
      )}
      {showAll.length ? (
        <ul className="review-queue-dashboard__show-all">
          {showAll.map((link) => (
            <li key={link.href}>
              <a href={link.href}>
                Show all {link.total} {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
