import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../../access/roles'
import { queuesFor } from '../../workflow/queues'
import { REVIEWABLE_COLLECTIONS } from '../../workflow/states'
import { queueUrl } from './queueLinks'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/** The dashboard's review queues: how many documents wait in each, with links to them. */
export const ReviewQueueDashboard = async ({ payload, user }: Props) => {
  if (!isStaffUser(user)) return null
  const now = new Date()
  const adminRoute = payload.config.routes.admin
  const queues = await Promise.all(
    queuesFor(user).map(async (queue) => ({
      queue,
      counts: await Promise.all(
        REVIEWABLE_COLLECTIONS.map(async (collection) => {
          const { totalDocs } = await payload.find({
            collection,
            where: queue.where(user, now),
            draft: queue.draft,
            depth: 0,
            limit: 1,
            select: {},
            overrideAccess: false,
            user,
          })
          return {
            collection,
            label: payload.collections[collection].config.labels.plural,
            totalDocs,
          }
        }),
      ),
    })),
  )
  return (
    <section aria-label="Review queues" className="review-queue-dashboard">
      <h2>Review queues</h2>
      <div className="review-queue-dashboard__queues">
        {queues.map(({ queue, counts }) => (
          <div className="review-queue-dashboard__queue" data-queue={queue.key} key={queue.key}>
            <h3>
              {queue.label}:{' '}
              <span data-testid={`queue-total-${queue.key}`}>
                {counts.reduce((sum, c) => sum + c.totalDocs, 0)}
              </span>
            </h3>
            <ul>
              {counts.map(({ collection, label, totalDocs }) => (
                <li key={collection}>
                  <a href={queueUrl(adminRoute, collection, queue, user, now)}>
                    {typeof label === 'string' ? label : collection}: {totalDocs}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
