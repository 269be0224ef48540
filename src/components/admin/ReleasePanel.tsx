'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ReleaseCheck } from '../../releases/checkRelease'

import { REVIEWABLE_COLLECTIONS } from '../../workflow/states'
import { ErrorList } from './ErrorList'
import { errorMessages } from './workflowApi'

/**
 * The release's items with what blocks each (GET /api/releases/{id}/check), a form to add a
 * document (with an article's linked documents), and Lock, Publish (all or none) and Cancel.
 */
export const ReleasePanel = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const api = `${config.serverURL}${config.routes.api}/releases/${id}`
  const [check, setCheck] = useState<ReleaseCheck | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [collection, setCollection] = useState<string>('articles')
  const [documentId, setDocumentId] = useState('')
  const [includeLinked, setIncludeLinked] = useState(true)

  useEffect(() => {
    if (!id) return
    let current = true
    void fetch(`${api}/check`, { credentials: 'include' })
      .then(async (response) => {
        const body = await response.json()
        if (!current) return
        if (response.ok) setCheck(body)
        else setErrors(errorMessages(body))
      })
      .catch((error: Error) => current && setErrors([error.message]))
    return () => {
      current = false
    }
  }, [api, id, savedDocumentData?.updatedAt])

  if (!id) return <div className="release-panel">Save the release to add documents.</div>

  const post = async (path: string, body: Record<string, unknown> = {}) => {
    setBusy(true)
    setErrors([])
    const response = await fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await response.json()
    setBusy(false)
    if (!response.ok) {
      setErrors(errorMessages(json))
      return
    }
    toast.success(json.message ?? 'Done.')
    window.location.reload()
  }

  const open = check?.state === 'open'
  const publishable = ['open', 'locked', 'failed'].includes(check?.state ?? '')
  return (
    <section aria-label="Release" className="workflow-panel release-panel">
      <h3 className="workflow-panel__title">Release</h3>
      {check ? (
        <>
          <p data-testid="release-ready">
            {check.ready
              ? 'Ready: every item can go live together.'
              : 'Not ready: nothing is published until every item is.'}
          </p>
          <ul className="workflow-panel__checklist">
            {check.items.map((item) => (
              <li data-met={!item.blockers.length} key={`${item.collection}:${item.id}`}>
                <span aria-hidden="true">{item.blockers.length ? '✗' : '✓'}</span> {item.collection}{' '}
                “{item.title}” {item.pinned ? '· pinned to its signature' : '· not pinned yet'}
                {item.blockers.map((blocker) => (
                  <div className="workflow-panel__problem" key={blocker.message}>
                    {blocker.message}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open ? (
        <div className="workflow-panel__assign">
          <label>
            Collection
            <select onChange={(event) => setCollection(event.target.value)} value={collection}>
              {REVIEWABLE_COLLECTIONS.map((slug) => (
                <option key={slug} value={slug}>
                  {slug}
                </option>
              ))}
            </select>
          </label>
          <label>
            Document id
            <input onChange={(event) => setDocumentId(event.target.value)} value={documentId} />
          </label>
          {collection === 'articles' ? (
            <label>
              <input
                checked={includeLinked}
                onChange={(event) => setIncludeLinked(event.target.checked)}
                type="checkbox"
              />{' '}
              With its linked FAQs, rows and references
            </label>
          ) : null}
          <Button
            buttonStyle="secondary"
            disabled={busy || modified || !documentId.trim()}
            onClick={() =>
              void post('/items', { collection, id: documentId.trim(), includeLinked })
            }
            size="small"
          >
            Add to release
          </Button>
        </div>
      ) : null}
      <div className="workflow-panel__actions">
        {modified ? <p>Save your changes first.</p> : null}
        {open ? (
          <Button
            buttonStyle="secondary"
            disabled={busy || modified}
            onClick={() => void post('/lock')}
            size="small"
          >
            Lock (pin every item)
          </Button>
        ) : null}
        {publishable ? (
          <>
            <Button disabled={busy || modified} onClick={() => void post('/publish')} size="small">
              Publish all now
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={busy || modified}
              onClick={() => void post('/cancel')}
              size="small"
            >
              Cancel release
            </Button>
          </>
        ) : null}
        <ErrorList errors={errors} />
      </div>
    </section>
  )
}
