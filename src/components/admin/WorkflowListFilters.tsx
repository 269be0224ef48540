import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { collectionsOf, reviewQueuesFor } from '../../workflow/queues'
import { queueUrl } from './queueLinks'

type Props = { collectionSlug: string; payload: Payload; user: PayloadRequest['user'] }

/** Saved views above a reviewable collection's list: one link per review queue. */
export const WorkflowListFilters = async ({ collectionSlug, payload, user }: Props) => {
  const now = new Date()
  const adminRoute = payload.config.routes.admin
  const links = await Promise.all(
    reviewQueuesFor(user)
      .filter((queue) => (collectionsOf(queue) as readonly string[]).includes(collectionSlug))
      .map(async (queue) => ({
        queue,
        href: await queueUrl(payload, collectionSlug as CollectionSlug, queue, user, now),
      })),
  )
  return (
    <nav aria-label="Review queues" className="workflow-list-filters">
      <span>Show:</span>
      {links.map(({ queue, href }) => (
        <a href={href} key={queue.key}>
          {queue.label}
        </a>
      ))}
      <a href={`${adminRoute}/collections/${collectionSlug}`}>All</a>
    </nav>
  )
}
