'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PreReviewCheck } from '../../payload-types'

import { ErrorList } from './ErrorList'
import { errorMessages } from './workflowApi'

type Finding = NonNullable<PreReviewCheck['findings']>[number]

const latestResult = async (api: string, collection: string, id: string) => {
  const query = new URLSearchParams({
    'where[collectionSlug][equals]': collection,
    'where[documentId][equals]': id,
    sort: '-ranAt',
    limit: '1',
    depth: '0',
  })
  const response = await fetch(`${api}/pre-review-checks?${query}`, { credentials: 'include' })
  if (!response.ok) return null
  return ((await response.json()).docs?.[0] as PreReviewCheck | undefined) ?? null
}

/**
 * The latest pre-review check results of the document on its workflow panel; a pharmacist accepts
 * an advisory finding there with a reason (POST /api/pre-review-checks/{id}/accept).
 */
export const PreReviewFindings = ({
  api,
  collection,
  id,
  canAccept,
  reload,
}: {
  api: string
  collection: string
  id: string
  canAccept: boolean
  reload: unknown
}) => {
  const [result, setResult] = useState<PreReviewCheck | null>(null)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<string[]>([])
  useEffect(() => {
    let current = true
    void latestResult(api, collection, id).then((loaded) => current && setResult(loaded))
    return () => {
      current = false
    }
  }, [api, collection, id, reload])
  if (!result) return null

  const accept = async (finding: Finding) => {
    const response = await fetch(`${api}/pre-review-checks/${result.id}/accept`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ finding: finding.id, reason: reasons[finding.id ?? ''] ?? '' }),
    })
    const json = await response.json()
    setErrors(response.ok ? [] : errorMessages(json))
    if (response.ok) setResult(json.result)
  }

  const findings = result.findings ?? []
  return (
    <div className="workflow-panel__checks" data-testid="pre-review-findings">
      <h4>Pre-review checks</h4>
      <p>
        {findings.length
          ? `${result.blocking} blocking, ${result.advisory} advisory, as submitted.`
          : 'Nothing found when it was submitted.'}
      </p>
      <ul>
        {findings.map((finding) => (
          <li data-rule={finding.rule} key={finding.id}>
            <strong>{finding.severity === 'block' ? 'Blocking' : 'Advisory'}:</strong>{' '}
            {finding.where}
            {finding.text ? ` “${finding.text}”` : ''} — {finding.message}
            {finding.acceptedAt ? (
              <div className="workflow-panel__note">
                Accepted by {finding.acceptedByName}: {finding.reason}
              </div>
            ) : canAccept && finding.severity === 'warn' ? (
              <div>
                <input
                  aria-label={`Why “${finding.text || finding.rule}” is acceptable`}
                  onChange={(event) =>
                    setReasons({ ...reasons, [finding.id ?? '']: event.target.value })
                  }
                  placeholder="Why it is acceptable as written"
                  value={reasons[finding.id ?? ''] ?? ''}
                />
                <Button buttonStyle="secondary" onClick={() => void accept(finding)} size="small">
                  Accept
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorList errors={errors} />
    </div>
  )
}
