'use client'

import { useStepNav } from '@payloadcms/ui'
import { useEffect } from 'react'

/** The breadcrumb in the top bar, as Payload's own Account view sets it. */
export const SetAuditReviewStepNav = ({ href }: { href: string }) => {
  const { setStepNav } = useStepNav()
  useEffect(() => {
    setStepNav([{ label: 'Audit-trail review', url: href }])
  }, [href, setStepNav])
  return null
}
