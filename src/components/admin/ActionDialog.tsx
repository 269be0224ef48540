'use client'

import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { type KeyboardEvent, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { Completeness } from '../../workflow/completeness/schema'
import type { WorkflowStatus } from '../../workflow/status'
import { blockedReason, CompletenessList } from './CompletenessCheck'
import { DialogCheckbox } from './DialogCheckbox'
import { ErrorList } from './ErrorList'
import { linkedCoverage, linkedName } from './LinkedDocuments'
import { LinkedReadiness } from './LinkedReadiness'
import { PreviewLink } from './PreviewLink'
import { ReviewerOptions } from './ReviewerOptions'
import { useMustEnrolToSign } from './secondFactor/useMustEnrolToSign'
import { useModalFocus } from './useModalFocus'

type Action = WorkflowStatus['actions'][number]
type Linked = WorkflowStatus['linked'][number]

/** An article's submit, sign-off and publish take its linked documents along (`includeLinked`). */
const WITH_LINKED: Partial<Record<Action['action'], string>> = {
  submit: 'Also submit its linked documents, assigned as the article is:',
  'sign-off': 'Also sign its linked documents (a signature for each, meaning the same):',
  publish: 'Publish its linked documents first:',
}

type Props = {
  action: Action
  signatureMeaning: string
  signerName: string
  /** For a sign-off: what the signature covers, e.g. "2 clinical changes since …". */
  covers?: string
  /** For a sign-off of high-risk content: the first or the second of two signatures, up front. */
  signatureNote?: string | null
  /** For a change request: the fields it may be about (it opens a comment thread there). */
  fields?: { path: string; label: string }[]
  /** For a submission: the pharmacists it may be assigned to. */
  reviewers?: { id: string; name: string }[]
  /** For a withdrawal of a FAQ, row or reference: it may take the live articles showing it along. */
  offersWithDependents?: boolean
  /** For an article's submit, sign-off or publish: the linked documents it can take along. */
  linked?: Linked[]
  /** For a submission: what is still missing; a blocker keeps the confirm button off. */
  completeness?: Completeness | null
  /** For a publication: the public note to start from (the reason given for the changes). */
  suggestedNote?: string | null
  /** For an article's sign-off: where its preview is (`${serverURL}${routes.api}`, the id). */
  preview?: { api: string; articleId: string }
  errors: string[]
  busy: boolean
  onCancel: () => void
  onConfirm: (body: ActionBody) => void
}

export type ActionBody = Record<string, boolean | string>

const PROMPTS = {
  comment: { field: 'comment', label: 'What needs to change?', required: true },
  reason: { field: 'reason', label: 'Why is it being withdrawn?', required: true },
  note: {
    field: 'note',
    label: 'Public note for the page’s update log (optional), e.g. "Dosing section updated"',
    required: false,
  },
} as const

/**
 * Asks for what an action needs: a comment, a reason, or (to sign) the password again. Rendered
 * outside the document's form (a nested form would submit, i.e. save, the document). It holds the
 * keyboard while open and Escape cancels it (useModalFocus).
 */
export const ActionDialog = ({
  action,
  signatureMeaning,
  signerName,
  covers,
  signatureNote,
  fields,
  reviewers,
  offersWithDependents,
  linked = [],
  completeness,
  preview,
  suggestedNote,
  errors,
  busy,
  onCancel,
  onConfirm,
}: Props) => {
  const [value, setValue] = useState(action.input === 'note' ? (suggestedNote ?? '') : '')
  // A signer with two-factor authentication gives the current code too (step-up).
  const asksCode = Boolean(
    (useAuth().user as { totpEnrolledAt?: null | string } | null)?.totpEnrolledAt,
  )
  const [code, setCode] = useState('')
  const mustEnrol = useMustEnrolToSign(action.input === 'password' && !asksCode)
  const { config } = useConfig()
  const [field, setField] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [withDependents, setWithDependents] = useState(false)
  const linkedOffer = linked.length ? WITH_LINKED[action.action] : undefined
  const [withLinked, setWithLinked] = useState(true)
  // The article version the pinned preview link shows: the sign-off is refused if it changed.
  const [readVersion, setReadVersion] = useState<string | null>(null)
  // Linked documents whose own completeness check found a blocker, while they are taken along.
  const [linkedBlocked, setLinkedBlocked] = useState<string[]>([])
  const blocked =
    blockedReason(completeness) ??
    (linkedOffer && withLinked && linkedBlocked.length
      ? `${linkedBlocked.join(', ')} still lacks something (marked “Fix”): fix it first, or untick “Also submit its linked documents”.`
      : undefined)
  const dialog = useRef<HTMLDivElement>(null)
  useModalFocus(dialog, () => {
    if (!busy) onCancel()
  })
  const confirm = () => {
    const linkedPart: ActionBody = linkedOffer && withLinked ? { includeLinked: true } : {}
    if (action.input === 'password')
      onConfirm({
        password: value,
        ...(asksCode ? { totp: code } : {}),
        ...(readVersion ? { readVersion } : {}),
        ...linkedPart,
      })
    else if (action.input === 'assign')
      onConfirm({
        ...(value ? { assignee: value } : {}),
        ...(dueDate ? { dueAt: dueDate } : {}),
        ...linkedPart,
      })
    else if (action.input === 'note')
      onConfirm({ ...(value.trim() ? { note: value } : {}), ...linkedPart })
    else if (action.input === 'comment') onConfirm({ comment: value, ...(field ? { field } : {}) })
    else if (action.input === 'reason')
      onConfirm({ reason: value, ...(withDependents ? { withDependents: true } : {}) })
    else onConfirm({})
  }
  const confirmOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    confirm()
  }
  return createPortal(
    <div className="workflow-dialog__backdrop">
      <div
        aria-labelledby="workflow-dialog-title"
        aria-modal="true"
        className="workflow-dialog"
        ref={dialog}
        role="dialog"
        tabIndex={-1}
      >
        <h3 id="workflow-dialog-title">{action.label}</h3>
        {action.input === 'password' ? (
          <>
            {signatureNote ? (
              <p className="workflow-dialog__pair" data-testid="signature-pair">
                {signatureNote}
              </p>
            ) : null}
            <p className="workflow-dialog__meaning">
              You are signing as <strong>{signerName}</strong>. Meaning of this signature:{' '}
              <em>{signatureMeaning}</em>.
            </p>
            {covers ? (
              <p className="workflow-dialog__covers" data-testid="signature-covers">
                This signature covers {covers}.
              </p>
            ) : null}
            {preview ? (
              <p>
                <PreviewLink
                  api={preview.api}
                  articleId={preview.articleId}
                  onVersion={setReadVersion}
                  pinned
                >
                  Read the page as patients will see it, at the versions you are signing
                </PreviewLink>
              </p>
            ) : null}
            <label>
              Your password
              <input
                autoComplete="current-password"
                autoFocus
                name="password"
                onChange={(e) => setValue(e.target.value)}
                onKeyDown={confirmOnEnter}
                required
                type="password"
                value={value}
              />
            </label>
            {mustEnrol ? (
              <p className="workflow-dialog__blocked" data-testid="sign-needs-second-factor">
                Signing needs two-factor authentication, which your account does not have yet:{' '}
                <a href={`${config.routes.admin}/account`}>set it up under your account</a>, then
                sign.
              </p>
            ) : null}
            {asksCode ? (
              <label>
                Code from your authenticator app
                <input
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  name="totp"
                  onChange={(e) => setCode(e.target.value)}
                  onKeyDown={confirmOnEnter}
                  required
                  type="text"
                  value={code}
                />
              </label>
            ) : null}
          </>
        ) : null}
        {action.input === 'comment' || action.input === 'reason' || action.input === 'note' ? (
          <label>
            {PROMPTS[action.input].label}
            <textarea
              autoFocus
              name={PROMPTS[action.input].field}
              onChange={(e) => setValue(e.target.value)}
              required={PROMPTS[action.input].required}
              rows={4}
              value={value}
            />
          </label>
        ) : null}
        {action.input === 'assign' ? (
          <>
            <label>
              Assign to (optional)
              <select name="assignee" onChange={(e) => setValue(e.target.value)} value={value}>
                <option value="">Any pharmacist who may sign</option>
                <ReviewerOptions reviewers={reviewers ?? []} />
              </select>
            </label>
            <label>
              Review due by (optional)
              <input
                name="dueAt"
                onChange={(e) => setDueDate(e.target.value)}
                type="date"
                value={dueDate}
              />
            </label>
          </>
        ) : null}
        {action.input === 'reason' && offersWithDependents ? (
          <DialogCheckbox
            checked={withDependents}
            name="withDependents"
            onChange={setWithDependents}
          >
            Also withdraw the live articles that show it (their pages go offline with it)
          </DialogCheckbox>
        ) : null}
        {linkedOffer ? (
          <fieldset className="workflow-dialog__linked" data-testid="dialog-linked">
            <DialogCheckbox checked={withLinked} name="includeLinked" onChange={setWithLinked}>
              {linkedOffer}
            </DialogCheckbox>
            <ul>
              {linked.map((document) => (
                <li key={`${document.collection}-${document.id}`}>
                  {linkedName(document)}
                  {action.action === 'sign-off' ? ` — ${linkedCoverage(document)}` : ''}
                  {action.action === 'submit' ? (
                    <LinkedReadiness
                      collection={document.collection}
                      id={document.id}
                      onChecked={(ready) =>
                        setLinkedBlocked((names) => {
                          const name = linkedName(document)
                          const others = names.filter((other) => other !== name)
                          return ready ? others : [...others, name]
                        })
                      }
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        {action.input === 'comment' && fields?.length ? (
          <label>
            About which field? (optional; opens a comment thread there)
            <select name="field" onChange={(e) => setField(e.target.value)} value={field}>
              <option value="">The whole document</option>
              {fields.map((option) => (
                <option key={option.path} value={option.path}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {completeness && (completeness.blockers.length || completeness.warnings.length) ? (
          <div className="workflow-dialog__completeness" data-testid="dialog-completeness">
            <p>
              {completeness.blockers.length
                ? 'Still missing:'
                : 'Worth checking first (these do not stop the submission):'}
            </p>
            <CompletenessList completeness={completeness} />
            {blocked ? (
              <p
                className="workflow-dialog__blocked"
                data-testid="submit-blocked-reason"
                id="workflow-dialog-blocked"
              >
                {blocked}
              </p>
            ) : null}
          </div>
        ) : null}
        <ErrorList errors={errors} />
        <div className="workflow-dialog__buttons">
          <Button buttonStyle="secondary" disabled={busy} onClick={onCancel} type="button">
            Cancel
          </Button>
          <Button
            extraButtonProps={
              blocked ? { 'aria-describedby': 'workflow-dialog-blocked' } : undefined
            }
            disabled={
              busy ||
              Boolean(blocked) ||
              mustEnrol ||
              (!['assign', 'note'].includes(action.input) && !value.trim())
            }
            onClick={confirm}
            type="button"
          >
            {action.label}
          </Button>
        </div>
      </div>
    </div>,
    document.body,
  )
}
