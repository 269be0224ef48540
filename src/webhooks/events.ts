import type { PayloadRequest } from 'payload'

export const PUBLICATION_WEBHOOK_EVENTS = ['publish', 'withdraw', 'review.required'] as const

export const WEBHOOK_EVENTS = [
  ...PUBLICATION_WEBHOOK_EVENTS,
  'review.submitted',
  'review.assigned',
  'review.changes_requested',
  'comment.created',
  'publish.failed',
  'release.published',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_QUEUE = 'webhooks'

/** What a receiver is told: which document changed how. Never any unpublished content. */
export type WebhookPayload = {
  event: WebhookEvent
  collection: string
  id: string
  slug?: string
  title?: string
  /** For review events: where staff open the document (the content itself is never sent). */
  adminUrl?: string
  /** publish.failed: which requirements were unmet (codes, never content). */
  requirements?: string[]
  /** release.published: every document that went live. */
  items?: { collection: string; id: string; slug?: string; title?: string }[]
  /** publish, withdraw: the Surrogate-Key / Cache-Tag values a CDN should purge. */
  purgeKeys?: string[]
  /** withdraw: purge now rather than waiting for max-age (a withdrawal is often a safety action). */
  purge?: boolean
  occurredAt: string
}

/** Queues one signed delivery per active webhook that subscribes to the event. */
export const queueWebhookDeliveries = async (
  req: PayloadRequest,
  payload: WebhookPayload,
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { events: { in: [payload.event] } }] },
    depth: 0,
    pagination: false,
    req,
  })
  for (const webhook of docs) {
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: WEBHOOK_QUEUE,
      input: { webhook: String(webhook.id), body: JSON.stringify(payload) },
      req,
    })
  }
}
