import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import './inbox.scss'
import { inboxHref, unreadCount } from './inboxQueries'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/** A link to the person's inbox with how many notifications are unread, in a place's classes. */
const inboxLink = (place: { link: string; label?: string; countTestId?: string }) =>
  async function InboxLink({ payload, user }: Props) {
    if (!isStaffUser(user)) return null
    const count = await unreadCount(payload, user)
    return (
      <a className={place.link} href={inboxHref(payload.config.routes.admin)}>
        <span className={place.label}>Inbox</span>
        {count > 0 ? (
          <span className="inbox-nav-link__count" data-testid={place.countTestId}>
            {count} unread
          </span>
        ) : null}
      </a>
    )
  }

/** The navigation's first link. */
export const InboxNavLink = inboxLink({
  link: 'nav__link inbox-nav-link',
  label: 'nav__link-label',
  countTestId: 'inbox-unread-count',
})

/** The header's, in sight when the navigation is collapsed. */
export const InboxHeaderLink = inboxLink({ link: 'inbox-header-link' })
