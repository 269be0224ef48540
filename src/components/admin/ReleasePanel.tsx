'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ReleaseCandidate } from '../../releases/candidates'
import type { ItemCheck, ReleaseCheck } from '../../releases/checkRelease'

import { ErrorList } from './ErrorList'
import { ReleaseItems } from './ReleaseItems'
import { ReleaseSearch } from './ReleaseSearch'
import { skippedInWords } from './skippedInWords'
import { errorMessages } from './workflowApi'

type Outcome = { title: string; collection: string; note?: string }
const capitalised = (line: string) => line.charAt(0).toUpperCase() + line.slice(1)

/**
 * The release's documents with what blocks each (GET /api/releases/{id}/check), a search to add
 * more, and Lock, Publish (all or none; disabled, with the reasons, until every item is ready)
 * and Cancel.
 */
export const ReleasePanel = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const api = `${config.serverURL}${config.routes.api}/releases/${id}`
  const [check, setCheck] = useState<ReleaseCheck | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [notes, setNotes] = useState<ReturnType<typeof skippedInWords>>([])
  const [busy, setBusy] = useState(false)
  const [itemsChanged, setItemsChanged] = useState(0)

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
  }, [api, id, savedDocumentData?.updatedAt, itemsChanged])

  if (!id) return <div className="release-panel">Save the release to add documents.</div>

  /** Adding and removing refresh the panel; lock, publish and cancel change the document. */
  const send = async (method: 'DELETE' | 'POST', path: string, body?: object) => {
    setBusy(true)
    setErrors([])
    setNotes([])
    const response = await fetch(`${api}${path}`, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await response.json()
    setBusy(false)
    if (!response.ok) {
      setErrors(errorMessages(json))
      return
    }
    if (path.startsWith('/items')) {
      const added = (json.added ?? []) as Outcome[]
      const skipped = (json.skipped ?? []) as Outcome[]
      const alongside = ((json.removed ?? []) as Outcome[]).length - 1
      toast.success(
        method === 'DELETE'
          ? alongside > 0
            ? `Removed from the release, with ${alongside} linked document${alongside === 1 ? '' : 's'}.`
            : 'Removed from the release.'
          : `Added ${added.length} document${added.length === 1 ? '' : 's'}.`,
      )
      setNotes(skippedInWords(skipped))
      setItemsChanged((count) => count + 1)
      return
    }
    toast.success(json.message ?? 'Done.')
    window.location.reload()
  }

  const add = (candidate: ReleaseCandidate, includeLinked: boolean) =>
    void send('POST', '/items', {
      collection: candidate.collection,
      id: candidate.id,
      ...(candidate.collection === 'articles' ? { includeLinked } : {}),
    })
  const remove = (item: ItemCheck) =>
    void send('DELETE', `/items/${item.collection}/${encodeURIComponent(item.id)}`)

  const open = check?.state === 'open'
  const publishable = ['open', 'locked', 'failed'].includes(check?.state ?? '')
  const blockedBy = check && !check.ready ? check.publishBlockedBy : []
  return (
    <section aria-label="Release" className="workflow-panel release-panel">
      <h3 className="workflow-panel__title">Documents in this release</h3>
      {check ? (
        <>
          <p data-testid="release-ready">
            {check.ready
              ? 'Ready: every document can go live together.'
              : 'Not ready: nothing is published until every document is.'}
          </p>
          <ReleaseItems
            busy={busy || modified}
            items={check.items}
            onRemove={open ? remove : undefined}
          />
        </>
      ) : (
        <p>Checking the documents…</p>
      )}
      {open ? (
        <ReleaseSearch api={api} busy={busy || modified} onAdd={add} refreshKey={itemsChanged} />
      ) : null}
      {notes.length ? (
        <ul className="workflow-panel__note" data-testid="release-notes">
          {notes.map(({ line, titles }) => (
            <li key={line}>
              {titles.length ? (
                <details>
                  <summary>{line}</summary>
                  {titles.join('; ')}
                </details>
              ) : (
                line
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="workflow-panel__actions">
        {modified ? <p>Save your changes first.</p> : null}
        {open ? (
          <Button
            buttonStyle="secondary"
            disabled={busy || modified || !check?.items.length}
            extraButtonProps={{ 'data-testid': 'release-lock' }}
            onClick={() => void send('POST', '/lock')}
            size="small"
          >
            Lock (set aside every signed version)
          </Button>
        ) : null}
        {publishable ? (
          <>
            <Button
              disabled={busy || modified || !check?.ready}
              extraButtonProps={{
                'data-testid': 'release-publish',
                ...(blockedBy.length ? { 'aria-describedby': 'release-publish-blocked' } : {}),
              }}
              onClick={() => void send('POST', '/publish')}
              size="small"
            >
              Publish all now
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={busy || modified}
              extraButtonProps={{ 'data-testid': 'release-cancel' }}
              onClick={() => void send('POST', '/cancel')}
              size="small"
            >
              Cancel release
            </Button>
          </>
        ) : null}
      </div>
      {publishable && blockedBy.length ? (
        <div data-testid="release-publish-blocked" id="release-publish-blocked">
          <p>Publishing is not possible yet:</p>
          <ul className="workflow-panel__problem">
            {blockedBy.map((line) => (
              <li key={line}>{capitalised(line)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorList errors={errors} />
    </section>
  )
}
