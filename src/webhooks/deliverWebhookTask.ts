import type { TaskConfig } from 'payload'

import { createHmac } from 'node:crypto'

import type { WebhookPayload } from './events'

import { settingsOf } from '../config/settings'
import { postToWebhook, RefusedTargetError } from './postToWebhook'

const TIMEOUT_MS = 5000

export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

/**
 * POSTs one event to one webhook. A failure throws, so Payload's job queue retries it with
 * exponential backoff; every attempt is logged in webhook-deliveries. It runs outside the
 * publish, which a slow or failing receiver therefore never blocks. An internal target
 * (src/webhooks/webhookTarget.ts) is logged as failed with the reason and not retried.
 */
export const deliverWebhookTask: TaskConfig<{
  input: { webhook: string; body: string }
  output: object
}> = {
  slug: 'deliverWebhook',
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, job, req }) => {
    const webhook = await req.payload.findByID({
      collection: 'webhooks',
      id: input.webhook,
      depth: 0,
      req,
    })
    const event = JSON.parse(input.body) as WebhookPayload
    const attempt = (job.totalTried ?? 0) + 1
    const log = (
      outcome: 'delivered' | 'failed',
      details: { responseStatus?: number; error?: string },
    ) =>
      req.payload.create({
        collection: 'webhook-deliveries',
        data: {
          webhook: webhook.id,
          event: event.event,
          collectionSlug: event.collection,
          documentId: event.id,
          attempt,
          outcome,
          ...details,
          at: new Date().toISOString(),
        },
        req,
      })
    let status: number
    try {
      status = await postToWebhook({
        url: webhook.url,
        headers: {
          'Content-Type': 'application/json',
          'X-Signature': signBody(webhook.secret, input.body),
          'X-Webhook-Event': event.event,
          'X-Webhook-Delivery': String(job.id),
        },
        body: input.body,
        allowed: settingsOf(req.payload).webhookAllowedHosts,
        timeoutMs: TIMEOUT_MS,
      })
    } catch (error) {
      await log('failed', { error: (error as Error).message })
      // An internal target stays internal: the job ends here instead of retrying.
      if (error instanceof RefusedTargetError) return { output: { refused: error.message } }
      throw error
    }
    if (status < 200 || status >= 300) {
      await log('failed', { responseStatus: status })
      throw new Error(`Webhook answered HTTP ${status}`)
    }
    await log('delivered', { responseStatus: status })
    return { output: {} }
  },
}
