import { onWorkflowEvent } from '../workflow/events'
import { announcePublication } from './announcePublication'

/**
 * Signed webhook events for publications and withdrawals (the review events' webhooks go out
 * with their emails, src/notifications/notify.ts). Called once at start-up (src/features.ts),
 * before the notifications, so a publication's delivery is queued before the author's email.
 */
export const registerWebhooksWithWorkflow = (): void => {
  onWorkflowEvent('published', announcePublication)
  onWorkflowEvent('withdrawn', announcePublication)
}
