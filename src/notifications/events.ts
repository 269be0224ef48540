import type { WebhookEvent } from '../webhooks/events'
import type { EmailKind } from './kinds'

/** What happened to a document, as people are told about it. */
export const NOTIFICATION_EVENTS = {
  submitted: {
    kind: 'reviewRequests',
    subject: 'Review requested',
    verb: 'submitted for review',
    webhook: 'review.submitted',
  },
  assigned: {
    kind: 'reviewRequests',
    subject: 'Assigned to you for review',
    verb: 'assigned for review',
    webhook: 'review.assigned',
  },
  'changes-requested': {
    kind: 'changesRequested',
    subject: 'Changes requested',
    verb: 'requested changes on',
    webhook: 'review.changes_requested',
  },
  comment: {
    kind: 'comments',
    subject: 'New review comment',
    verb: 'commented on',
    webhook: 'comment.created',
  },
  mentioned: {
    kind: 'comments',
    subject: 'You were mentioned in a review comment',
    verb: 'mentioned you in a comment on',
    webhook: undefined,
  },
  'second-signature-needed': {
    kind: 'reviewRequests',
    subject: 'Second signature needed',
    verb: 'gave the first of two signatures on',
    webhook: undefined,
  },
  'signed-off': {
    kind: 'signedOff',
    subject: 'Signed off, ready to publish',
    verb: 'signed off',
    webhook: undefined,
  },
  published: { kind: 'publication', subject: 'Published', verb: 'published', webhook: undefined },
  withdrawn: { kind: 'publication', subject: 'Withdrawn', verb: 'withdrew', webhook: undefined },
  // The webhook event of a failed schedule carries its requirement codes: sent on its own.
  'publish-failed': {
    kind: 'scheduling',
    subject: 'Scheduled publication did not go ahead',
    verb: 'could not publish',
    webhook: undefined,
  },
  'withdraw-failed': {
    kind: 'scheduling',
    subject: 'Scheduled withdrawal did not go ahead',
    verb: 'could not withdraw',
    webhook: undefined,
  },
} as const satisfies Record<
  string,
  { kind: EmailKind; subject: string; verb: string; webhook?: WebhookEvent }
>

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS
