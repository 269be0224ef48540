'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { User } from '../../payload-types'

import { isSigner } from '../../access/roles'
import type { WorkflowStatus } from '../../workflow/status'

import { LINKED_READY_STATES, stateInWords, type WorkflowState } from '../../workflow/states'

import { ActionDialog, type ActionBody } from './ActionDialog'
import { AssignReviewer } from './AssignReviewer'
import { SchedulePanel } from './SchedulePanel'
import { ReviewThreads } from './ReviewThreads'
import type { ChangesSinceSignOff as Changes } from '../../workflow/changes/changesSince'

import { signatureCoversInWords } from '../../workflow/changes/changesInWords'
import { ChangesSinceSignOff } from './ChangesSinceSignOff'
import {
  fetchChangesSinceSignOff,
  fetchWorkflowStatus,
  runWorkflowAction,
  type WorkflowRouteName,
} from './workflowApi'
import type { Completeness } from '../../workflow/completeness/schema'

import { CompletenessCheck, fetchCompleteness } from './CompletenessCheck'
import { ErrorList } from './ErrorList'
import { LinkedDocuments } from './LinkedDocuments'
import { PreReviewFindings } from './PreReviewFindings'
import { PreviewLink } from './PreviewLink'
import { showFlash, keepFlash } from './flash'

type Action = WorkflowStatus['actions'][number]

/** The linked documents' states each action takes along (as the API's includeLinked does). */
const TAKES_LINKED_IN: Partial<Record<Action['action'], readonly WorkflowState[]>> =
  LINKED_READY_STATES

const stateLabel = stateInWords
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The document's medical review in the edit view's sidebar: state, publish checklist, the
 * "Medically reviewed by" byline, history, and the actions the signed-in user may take.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const modified = useFormModified()
  const api = `${config.serverURL}${config.routes.api}`
  // What the last action said before the page reloaded (e.g. a linked document it left out).
  useEffect(showFlash, [])
  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [changes, setChanges] = useState<Changes | null>(null)
  const [completeness, setCompleteness] = useState<Completeness | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [open, setOpen] = useState<Action | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  // Bumped when a comment thread changes, so the checklist's open-comment count follows.
  const [threadsChanged, setThreadsChanged] = useState(0)

  // Reloaded whenever the document is saved; a reply for an older save is dropped.
  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    fetchWorkflowStatus(api, collectionSlug, String(id)).then(
      async (loaded) => {
        // What a reviewer is asked to sign: the changes since the last sign-off.
        const inReview = loaded.state === 'in_review'
        const since = inReview
          ? await fetchChangesSinceSignOff(api, collectionSlug, String(id))
          : null
        // What the writer should fix or check before they submit it: advice, so a failed check
        // leaves the rest of the panel working (the API still refuses what it refuses).
        const check = loaded.actions.some(({ action }) => action === 'submit')
          ? await fetchCompleteness(api, collectionSlug, String(id)).catch(() => null)
          : null
        if (!current) return
        setStatus(loaded)
        setChanges(since)
        setCompleteness(check)
        setLoadError(null)
      },
      (error: Error) => {
        if (current) setLoadError(error.message)
      },
    )
    return () => {
      current = false
    }
  }, [api, collectionSlug, id, savedDocumentData?.updatedAt, threadsChanged])

  if (!id) return <div className="workflow-panel">Save a draft to start the medical review.</div>
  if (loadError)
    return (
      <div className="workflow-panel" role="alert">
        {loadError}
      </div>
    )
  if (!status) return <div className="workflow-panel">Loading the review status…</div>

  const run = async (
    action: { action: WorkflowRouteName },
    body: ActionBody,
    method: 'DELETE' | 'POST' = 'POST',
  ) => {
    setBusy(true)
    const outcome = await runWorkflowAction(
      api,
      String(collectionSlug),
      String(id),
      action.action,
      body,
      method,
    )
    setBusy(false)
    if (!outcome.ok) {
      setErrors(outcome.messages)
      return
    }
    const leftOut = outcome.linked
      .filter((linked) => !linked.done)
      .map((linked) => `“${linked.title}” was not included: ${linked.reason ?? 'refused'}`)
    keepFlash({ message: outcome.message, warnings: leftOut })
    // The form shows fields the action changed (state, signature): load the document afresh.
    window.location.reload()
  }

  const start = (action: Action) => {
    setErrors([])
    if (action.input === 'none') void run(action, {})
    else setOpen(action)
  }

  return (
    <section aria-label="Medical review" className="workflow-panel" data-state={status.state}>
      <h3 className="workflow-panel__title">Medical review</h3>
      <p>
        State: <strong data-testid="workflow-state">{stateLabel(status.state)}</strong>
        {status.live ? ' · a published version is live' : ''}
      </p>
      {status.revisionInProgress ? (
        <p data-testid="revision-in-progress">
          This is a revision: the published version keeps serving until it is published.
        </p>
      ) : null}

      <p data-testid="workflow-assignment">
        {status.assignment.assigneeName
          ? `Assigned to ${status.assignment.assigneeName}`
          : 'Not assigned: any pharmacist who may sign can review it'}
        {status.assignment.dueAt ? ` · due by ${when(status.assignment.dueAt)}` : ''}
      </p>
      {collectionSlug === 'articles' && id ? (
        <p>
          <PreviewLink api={api} articleId={String(id)}>
            Open the page as readers will see it
          </PreviewLink>{' '}
          (or Live Preview above the form)
        </p>
      ) : null}
      {status.canAssign && status.assignableReviewers ? (
        <AssignReviewer
          busy={busy || modified}
          current={status.assignment.assignee}
          onAssign={(body) => void run({ action: 'assign' }, body)}
          reviewers={status.assignableReviewers}
        />
      ) : null}

      {status.linked.length ? (
        <LinkedDocuments adminRoute={config.routes.admin} linked={status.linked} />
      ) : null}

      {changes ? <ChangesSinceSignOff changes={changes} /> : null}

      {completeness ? <CompletenessCheck completeness={completeness} /> : null}

      <PreReviewFindings
        api={api}
        canAccept={isSigner(user)}
        collection={String(collectionSlug)}
        id={String(id)}
        reload={savedDocumentData?.updatedAt}
      />

      <SchedulePanel
        busy={busy || modified}
        canSchedule={status.canSchedule}
        onRun={(action, body, method) => {
          setErrors([])
          void run({ action }, body, method)
        }}
        schedules={status.schedules}
      />

      <h4>Publish checklist</h4>
      <ul className="workflow-panel__checklist">
        {status.checklist.map((item) => (
          <li data-met={item.met} data-requirement={item.requirement} key={item.requirement}>
            <span aria-hidden="true">{item.met ? '✓' : '✗'}</span> {item.label}
            {item.problems.map((problem) => (
              <div className="workflow-panel__problem" key={problem}>
                {problem}
              </div>
            ))}
            {item.notes?.map((note) => (
              <div className="workflow-panel__note" key={note}>
                {note}
              </div>
            ))}
          </li>
        ))}
      </ul>

      <ReviewThreads
        api={api}
        collection={String(collectionSlug)}
        fields={status.commentableFields}
        id={String(id)}
        onChange={() => setThreadsChanged((count) => count + 1)}
      />

      <h4>Byline preview</h4>
      <p className="workflow-panel__byline" data-testid="reviewed-by-preview">
        {status.reviewedByPreview ?? 'Not signed off by a pharmacist yet.'}
      </p>

      {status.signatures.notYours ? (
        <p data-testid="sign-off-not-yours">{status.signatures.notYours}.</p>
      ) : null}
      {status.actions.length || status.canDiscardRevision ? (
        <div className="workflow-panel__actions">
          {modified ? <p>Save your changes before taking a workflow action.</p> : null}
          {status.actions.map((action) => (
            <Button
              buttonStyle={
                action.action === 'withdraw' || action.action === 'request-changes'
                  ? 'secondary'
                  : 'primary'
              }
              disabled={busy || modified}
              key={action.action}
              onClick={() => start(action)}
              size="small"
            >
              {action.label}
            </Button>
          ))}
          {status.canDiscardRevision ? (
            <Button
              buttonStyle="secondary"
              disabled={busy || modified}
              onClick={() => {
                setErrors([])
                void run({ action: 'discard-revision' }, {})
              }}
              size="small"
            >
              Discard revision
            </Button>
          ) : null}
          {open ? null : <ErrorList errors={errors} />}
        </div>
      ) : null}

      <h4>History</h4>
      {status.history.length ? (
        <ol className="workflow-panel__history">
          {status.history.map((entry) => (
            <li key={`${entry.at}-${entry.action}`}>
              <time dateTime={entry.at}>{when(entry.at)}</time> · {entry.actor}: {entry.label}
              {entry.comment ? (
                <div className="workflow-panel__comment">“{entry.comment}”</div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>No review activity yet.</p>
      )}

      {open ? (
        <ActionDialog
          action={open}
          busy={busy}
          errors={errors}
          onCancel={() => setOpen(null)}
          onConfirm={(body) => void run(open, body)}
          covers={changes ? signatureCoversInWords(changes) : undefined}
          signatureNote={open.action === 'sign-off' ? status.signatures.note : null}
          completeness={open.action === 'submit' ? completeness : null}
          preview={
            open.action === 'sign-off' && collectionSlug === 'articles' && id
              ? { api, articleId: String(id) }
              : undefined
          }
          fields={status.commentableFields}
          reviewers={status.assignableReviewers ?? []}
          offersWithDependents={collectionSlug !== 'articles'}
          linked={status.linked.filter((linked) =>
            TAKES_LINKED_IN[open.action]?.includes(linked.state),
          )}
          signatureMeaning={status.signatureMeaning}
          suggestedNote={status.suggestedNote}
          signerName={user?.fullName ?? user?.email ?? ''}
        />
      ) : null}
    </section>
  )
}
