'use client'

import type { Completeness } from '../../workflow/completeness/schema'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { fetchCompleteness } from './CompletenessCheck'

const more = (count: number): string => (count > 0 ? ` (and ${count} more)` : '')

/**
 * For a linked document the submission takes along: whether its own completeness check finds
 * anything, so the writer fixes an FAQ's missing disclaimer before the pharmacist meets it.
 */
export const LinkedReadiness = ({
  collection,
  id,
  onChecked,
}: {
  collection: string
  id: string
  /** Told once the check is in: whether nothing blocks this document. */
  onChecked: (ready: boolean) => void
}) => {
  const { config } = useConfig()
  const [check, setCheck] = useState<Completeness | null | 'unknown'>(null)
  useEffect(() => {
    fetchCompleteness(`${config.serverURL}${config.routes.api}`, collection, id).then(
      (found) => {
        setCheck(found)
        onChecked(found.blockers.length === 0)
      },
      () => setCheck('unknown'),
    )
    // Checked once per document; the callback's identity changes with every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config.serverURL, config.routes.api, collection, id])
  if (check === null) return <span className="workflow-dialog__readiness"> — checking…</span>
  if (check === 'unknown') return null
  const [blocker, ...otherBlockers] = check.blockers
  const link = `${config.routes.admin}/collections/${collection}/${id}`
  if (blocker)
    return (
      <span className="workflow-dialog__readiness" data-ready="false">
        {' '}
        — Fix: {blocker.message}
        {more(otherBlockers.length)} (<a href={link}>open it</a>)
      </span>
    )
  return (
    <span className="workflow-dialog__readiness" data-ready="true">
      {' '}
      — nothing missing
      {check.warnings.length
        ? `; ${check.warnings.length} thing${check.warnings.length === 1 ? '' : 's'} to check`
        : ''}
    </span>
  )
}
