'use client'

import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { ReactNode } from 'react'

import { markNotification } from './inboxApi'

type Props = { id: string; href: string; read: boolean; className?: string; children: ReactNode }

/** A link to the notification's document that marks the notification read on the way. */
export const OpenNotificationLink = ({ id, href, read, className, children }: Props) => {
  const { config } = useConfig()
  const router = useRouter()
  return (
    <a
      className={className}
      href={href}
      onClick={async (event) => {
        event.preventDefault()
        if (!read) {
          await markNotification(`${config.serverURL}${config.routes.api}`, id, true).catch(
            (error: Error) => toast.error(error.message),
          )
        }
        router.push(href)
      }}
    >
      {children}
    </a>
  )
}
