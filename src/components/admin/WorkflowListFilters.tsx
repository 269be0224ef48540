import type { Payload, PayloadRequest } from 'payload'

import { reviewQueuesFor } from '../../workflow/queues'
import { queueUrl } from './queueLinks'

type Props = { collectionSlug: string; payload: Payload; user: PayloadRequest['user'] }

/** Saved views above a reviewable collection's list: one link per review queue. */
export const WorkflowListFilters = ({ collectionSlug, payload, user }: Props) => {
  const now = new Date()
  const adminRoute = payload.config.routes.admin
  return (
    <nav aria-label="Review queues" className="workflow-list-filters">
      <span>Show:</span>
      {reviewQueuesFor(user).map((queue) => (
        <a href={queueUrl(adminRoute, collectionSlug, queue, user, now)} key={queue.key}>
          {queue.label}
        </a>
      ))}
      <a href={`${adminRoute}/collections/${collectionSlug}`}>All</a>
    </nav>
  )
}
