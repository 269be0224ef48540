import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { isStaffUser } from '../../access/roles'
import { type Queue, queuesFor } from '../../workflow/queues'
import { DocumentEntryItem } from './dashboard/DocumentEntryItem'
import { loadDocumentQueue } from './dashboard/loadDocumentQueue'
import { loadScheduleQueue } from './dashboard/loadScheduleQueue'
import { QueueCard } from './dashboard/QueueCard'
import { ScheduleEntryItem } from './dashboard/ScheduleEntryItem'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/** One queue's card with its entries, read with the user's own access. */
const renderQueue = async (req: PayloadRequest, queue: Queue, now: Date) => {
  if (queue.source === 'schedules') {
    const { total, entries, showAll } = await loadScheduleQueue(req, queue, now)
    return (
      <QueueCard key={queue.key} queue={queue} showAll={showAll} total={total}>
        {entries.map((entry) => (
          <ScheduleEntryItem entry={entry} key={`${entry.change}/${entry.id}`} />
        ))}
      </QueueCard>
    )
  }
  const { total, entries, showAll } = await loadDocumentQueue(req, queue, now)
  return (
    <QueueCard key={queue.key} queue={queue} showAll={showAll} total={total}>
      {entries.map((entry) => (
        <DocumentEntryItem
          entry={entry}
          key={`${entry.collection}/${entry.id}`}
          now={now}
          queue={queue.key}
        />
      ))}
    </QueueCard>
  )
}

/**
 * The dashboard's queues for the signed-in person's role (src/workflow/queues.ts), in its order:
 * each with how many wait in it and the newest of them, linked to their edit views.
 */
export const ReviewQueueDashboard = async ({ payload, user }: Props) => {
  if (!user || !isStaffUser(user)) return null
  const now = new Date()
  const req = await createLocalReq({ user }, payload)
  const cards = await Promise.all(queuesFor(user).map((queue) => renderQueue(req, queue, now)))
  return (
    <section aria-labelledby="review-queues-heading" className="review-queue-dashboard">
      <h2 id="review-queues-heading">Review queues</h2>
      <div className="review-queue-dashboard__queues">{cards}</div>
    </section>
  )
}
