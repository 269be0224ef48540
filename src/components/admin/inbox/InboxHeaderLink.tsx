import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import './inbox.scss'
import { inboxHref, unreadCount } from './inboxQueries'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/** The header's inbox link, in sight when the navigation is collapsed: "Inbox · 3 unread". */
export const InboxHeaderLink = async ({ payload, user }: Props) => {
  if (!isStaffUser(user)) return null
  const count = await unreadCount(payload, user)
  return (
    <a className="inbox-header-link" href={inboxHref(payload.config.routes.admin)}>
      Inbox
      {count > 0 ? <span className="inbox-nav-link__count">{count} unread</span> : null}
    </a>
  )
}
