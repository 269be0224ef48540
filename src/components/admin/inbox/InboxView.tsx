import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../access/roles'
import { InboxItem } from './InboxItem'
import { inboxHref, inboxPage, notificationHref, unreadCount } from './inboxQueries'
import { MarkAllRead } from './MarkAllRead'
import { SetViewStepNav } from '../SetViewStepNav'
import { singularLabelOf } from '../../../shared/collectionLabel'
import { whenInWords } from '../../../shared/whenInWords'

const pageNumber = (value: unknown): number => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}

const pageHrefFor = (adminRoute: string, unreadOnly: boolean, page: number): string =>
  `${inboxHref(adminRoute)}?${new URLSearchParams({ ...(unreadOnly ? { show: 'unread' } : {}), page: String(page) })}`

/**
 * /admin/inbox: the person's notifications, newest first, unread ones marked; the same events
 * that send email, and @mentions in review comments.
 */
export const InboxView = async ({
  initPageResult,
  params,
  searchParams,
  viewActions,
}: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(inboxHref(adminRoute))}`)
  const unreadOnly = searchParams?.show === 'unread'
  const page = pageNumber(searchParams?.page)
  const [unread, notifications] = isStaffUser(user)
    ? await Promise.all([
        unreadCount(payload, user),
        inboxPage(payload, user, { page, unreadOnly }),
      ])
    : [0, undefined]
  // Past the last page (after marking the last ones read): the last page there is.
  if (notifications && notifications.totalPages > 0 && page > notifications.totalPages) {
    redirect(pageHrefFor(adminRoute, unreadOnly, notifications.totalPages))
  }
  const pageHref = (to: number) => pageHrefFor(adminRoute, unreadOnly, to)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // The header's actions (the Inbox link): Payload passes them only to its own templates.
      viewActions={viewActions}
      visibleEntities={visibleEntities}
    >
      <SetViewStepNav href={inboxHref(adminRoute)} label="Inbox" />
      <Gutter className="inbox">
        <h1>Inbox</h1>
        {!notifications ? (
          <p>Only CMS staff have an inbox.</p>
        ) : (
          <>
            <div className="inbox__bar">
              <p data-testid="inbox-unread-total">
                {unread === 0 ? 'Nothing unread.' : `${unread} unread.`}
              </p>
              <nav aria-label="Which notifications" className="inbox__filter">
                <a aria-current={unreadOnly ? undefined : 'page'} href={inboxHref(adminRoute)}>
                  All
                </a>
                <a
                  aria-current={unreadOnly ? 'page' : undefined}
                  href={`${inboxHref(adminRoute)}?show=unread`}
                >
                  Unread only
                </a>
              </nav>
              {unread > 0 && <MarkAllRead />}
            </div>
            {notifications.docs.length === 0 ? (
              <p className="inbox__empty">
                {unreadOnly
                  ? 'You have read everything.'
                  : 'Nothing yet. Reviews, comments, mentions, sign-offs and publications that concern you appear here.'}
              </p>
            ) : (
              <ol className="inbox__list">
                {notifications.docs.map((notification) => (
                  <InboxItem
                    comment={notification.comment}
                    documentKind={
                      notification.documentCollection
                        ? singularLabelOf(payload, notification.documentCollection)
                        : undefined
                    }
                    href={notificationHref(adminRoute, notification)}
                    id={String(notification.id)}
                    key={notification.id}
                    message={notification.message}
                    read={Boolean(notification.read)}
                    subject={notification.subject}
                    when={notification.createdAt}
                    whenLabel={whenInWords(notification.createdAt)}
                  />
                ))}
              </ol>
            )}
            {(notifications.hasPrevPage || notifications.hasNextPage) && (
              <nav aria-label="Inbox pages" className="inbox__pages">
                {notifications.hasPrevPage && <a href={pageHref(page - 1)}>Newer</a>}
                <span>
                  Page {notifications.page} of {notifications.totalPages}
                </span>
                {notifications.hasNextPage && <a href={pageHref(page + 1)}>Older</a>}
              </nav>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
