import type { PayloadRequest } from 'payload'

import type { ReviewableCollection } from '../workflow/states'

import type { User } from '../payload-types'

import { personName } from '../workflow/assignment'
import { type ReviewableDoc } from '../workflow/documents'
import { describeIn } from '../shared/describe'
import { queueWebhookDeliveries } from '../webhooks/events'
import { adminDocumentUrl } from './adminUrl'
import { addToInboxes, type InboxEntry } from './inboxEntry'
import { NOTIFICATION_EVENTS, type NotificationEvent } from './events'
import { type EmailKind, type EmailPreferences, wantsEmail } from './kinds'
import { queueEmail } from './sendEmailTask'

export type Notification = {
  event: NotificationEvent
  collection: ReviewableCollection
  doc: Partial<ReviewableDoc> & { id: string }
  /** User ids to email; the person who acted is never emailed about their own action. */
  recipients: string[]
  /** The comment, reason or note the action carried, quoted in the message. */
  comment?: string
  /** Extra words after the action, e.g. "to Sam Second, due 2026-12-01". */
  detail?: string
}

const actorName = (req: PayloadRequest): string =>
  req.user ? personName(req.user as User) : 'The system'

/** What happened, in one sentence: the inbox's message and the email's first line. */
const sentence = (req: PayloadRequest, notification: Notification, title: string): string =>
  `${actorName(req)} ${NOTIFICATION_EVENTS[notification.event].verb} "${title}"${notification.detail ? ` ${notification.detail}` : ''}.`

const messageText = (
  req: PayloadRequest,
  notification: Notification,
  title: string,
  url: string,
): string =>
  [
    sentence(req, notification, title),
    notification.comment ? `\n"${notification.comment}"` : '',
    `\nOpen it in the CMS: ${url}`,
    '\nYou can switch these emails off in your account settings.',
  ]
    .filter(Boolean)
    .join('\n')

export type Message = {
  recipients: string[]
  kind: EmailKind
  subject: string
  text: string
  inbox: InboxEntry
}

/**
 * Queues one email per recipient who has not switched this kind off; never to the person acting.
 */
const emailPeople = async (req: PayloadRequest, message: Message): Promise<void> => {
  const recipients = [...new Set(message.recipients)].filter((id) => id !== String(req.user?.id))
  if (!recipients.length) return
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: recipients } },
    depth: 0,
    pagination: false,
    select: { email: true, emailNotifications: true },
    req,
  })
  for (const user of users) {
    const preferences = (user as { emailNotifications?: EmailPreferences }).emailNotifications
    if (!user.email || !wantsEmail(preferences, message.kind)) continue
    await queueEmail(req, { to: user.email, subject: message.subject, text: message.text })
  }
}

/** Puts the message in each recipient's inbox and emails those who want this kind of email. */
export const tellPeople = async (req: PayloadRequest, message: Message): Promise<void> => {
  await addToInboxes(req, message.recipients, message.inbox)
  await emailPeople(req, message)
}

/**
 * Tells people about a workflow event: a notification in each recipient's inbox, one queued email
 * per recipient who has not switched this kind off, and the signed webhook event where there is
 * one. Runs inside the action's transaction, so nothing is announced for an action that fails;
 * sending happens later, in the jobs queue.
 */
export const notify = async (req: PayloadRequest, notification: Notification): Promise<void> => {
  const { event, collection, doc } = notification
  const { kind, webhook } = NOTIFICATION_EVENTS[event]
  const title = describeIn(req, collection, doc)
  const url = adminDocumentUrl(req.payload, collection, doc.id)
  await tellPeople(req, {
    recipients: notification.recipients,
    kind,
    subject: `[MedReview] ${NOTIFICATION_EVENTS[event].subject}: ${title}`,
    text: messageText(req, notification, title, url),
    inbox: {
      subject: NOTIFICATION_EVENTS[event].subject,
      message: sentence(req, notification, title),
      comment: notification.comment,
      document: { collection, id: doc.id },
    },
  })
  if (webhook) {
    await queueWebhookDeliveries(req, {
      event: webhook,
      collection,
      id: doc.id,
      adminUrl: url,
      occurredAt: new Date().toISOString(),
    })
  }
}
