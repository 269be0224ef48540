import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import './inbox.scss'
import { inboxHref, unreadCount } from './inboxQueries'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/** The nav's first link: the person's inbox, with how many notifications are unread. */
export const InboxNavLink = async ({ payload, user }: Props) => {
  if (!isStaffUser(user)) return null
  const count = await unreadCount(payload, user)
  return (
    <a className="nav__link inbox-nav-link" href={inboxHref(payload.config.routes.admin)}>
      <span className="nav__link-label">Inbox</span>
      {count > 0 && (
        <span className="inbox-nav-link__count" data-testid="inbox-unread-count">
          {count} unread
        </span>
      )}
    </a>
  )
}
