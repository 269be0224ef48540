import type { Payload, PayloadRequest } from 'payload'

import type { Notification } from '../../../payload-types'

import { isStaffUser } from '../../../access/roles'

export const INBOX_PAGE_SIZE = 25

const unread = { read: { equals: false } } as const

/** How many of this person's notifications are unread (with their own access). */
export const unreadCount = async (payload: Payload, user: PayloadRequest['user']) => {
  if (!isStaffUser(user)) return 0
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: unread,
    overrideAccess: false,
    user,
  })
  return totalDocs
}

/** One page of this person's notifications, newest first; only the unread ones if asked. */
export const inboxPage = async (
  payload: Payload,
  user: PayloadRequest['user'],
  { page, unreadOnly }: { page: number; unreadOnly: boolean },
) =>
  payload.find({
    collection: 'notifications',
    where: unreadOnly ? unread : {},
    sort: '-createdAt',
    limit: INBOX_PAGE_SIZE,
    page,
    depth: 0,
    overrideAccess: false,
    user,
  })

/** Where a notification leads: the document's edit view, when it names one. */
export const notificationHref = (
  adminRoute: string,
  notification: Pick<Notification, 'documentCollection' | 'documentId'>,
): string | undefined =>
  notification.documentCollection && notification.documentId
    ? `${adminRoute}/collections/${notification.documentCollection}/${encodeURIComponent(notification.documentId)}`
    : undefined

export const inboxHref = (adminRoute: string): string => `${adminRoute}/inbox`
