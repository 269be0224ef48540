'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { markNotification } from './inboxApi'
import { OpenNotificationLink } from './OpenNotificationLink'

type Props = {
  id: string
  subject: string
  message: string
  comment?: string | null
  /** What the document is ("FAQ", "Reference"): two documents may share a title. */
  documentKind?: string
  href?: string
  read: boolean
  when: string
  whenLabel: string
}

/** One notification: opening its document marks it read; it can be marked read or unread too. */
export const InboxItem = ({
  id,
  subject,
  message,
  comment,
  documentKind,
  href,
  read,
  when,
  whenLabel,
}: Props) => {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const mark = async (toRead: boolean): Promise<boolean> => {
    setBusy(true)
    try {
      await markNotification(api, id, toRead)
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }

  return (
    <li className={`inbox-item${read ? '' : ' inbox-item--unread'}`} data-notification={id}>
      <div className="inbox-item__head">
        {!read && <span className="inbox-item__unread">Unread</span>}
        {documentKind && <span className="inbox-item__kind">{documentKind}</span>}
        <strong className="inbox-item__subject">{subject}</strong>
        <time className="inbox-item__when" dateTime={when}>
          {whenLabel}
        </time>
      </div>
      <p className="inbox-item__message">{message}</p>
      {comment && <blockquote className="inbox-item__comment">{comment}</blockquote>}
      <div className="inbox-item__actions">
        {href && (
          <OpenNotificationLink className="inbox-item__open" href={href} id={id} read={read}>
            Open the document
          </OpenNotificationLink>
        )}
        <Button
          buttonStyle="secondary"
          disabled={busy}
          onClick={async () => {
            if (await mark(!read)) router.refresh()
          }}
          size="small"
        >
          {read ? 'Mark as unread' : 'Mark as read'}
        </Button>
      </div>
    </li>
  )
}
