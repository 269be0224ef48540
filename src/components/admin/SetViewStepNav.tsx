'use client'

import { useStepNav } from '@payloadcms/ui'
import { useEffect } from 'react'

/** A custom view's breadcrumb in the top bar, as Payload's own Account view sets it. */
export const SetViewStepNav = ({ label, href }: { label: string; href: string }) => {
  const { setStepNav } = useStepNav()
  useEffect(() => {
    setStepNav([{ label, url: href }])
  }, [label, href, setStepNav])
  return null
}
