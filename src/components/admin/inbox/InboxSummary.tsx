import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { inboxHref, inboxPage, notificationHref, unreadCount } from './inboxQueries'
import { OpenNotificationLink } from './OpenNotificationLink'
import { whenInWords } from '../../../shared/whenInWords'

type Props = { payload: Payload; user: PayloadRequest['user'] }

const SHOWN = 3

/** The dashboard's first card: how many notifications are unread, and the newest of them. */
export const InboxSummary = async ({ payload, user }: Props) => {
  if (!isStaffUser(user)) return null
  const adminRoute = payload.config.routes.admin
  const [count, newest] = await Promise.all([
    unreadCount(payload, user),
    inboxPage(payload, user, { page: 1, unreadOnly: true }),
  ])
  return (
    <section aria-labelledby="inbox-summary-heading" className="inbox-summary">
      <h2 id="inbox-summary-heading">
        Inbox: <span data-testid="inbox-summary-unread">{count}</span> unread
      </h2>
      {count > 0 && (
        <ul>
          {newest.docs.slice(0, SHOWN).map((notification) => {
            const href = notificationHref(adminRoute, notification)
            return (
              <li key={notification.id}>
                <span className="inbox-summary__when">{whenInWords(notification.createdAt)}</span>{' '}
                {href ? (
                  <OpenNotificationLink href={href} id={String(notification.id)} read={false}>
                    {notification.message}
                  </OpenNotificationLink>
                ) : (
                  notification.message
                )}
              </li>
            )
          })}
        </ul>
      )}
      <a href={inboxHref(adminRoute)}>Open the inbox</a>
    </section>
  )
}
