'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { markAllNotificationsRead } from './inboxApi'

export const MarkAllRead = () => {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true)
        try {
          await markAllNotificationsRead(`${config.serverURL}${config.routes.api}`)
          router.refresh()
        } catch (error) {
          toast.error((error as Error).message)
        } finally {
          setBusy(false)
        }
      }}
    >
      Mark all as read
    </Button>
  )
}
