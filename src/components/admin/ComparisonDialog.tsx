'use client'

import { useRef } from 'react'
import { createPortal } from 'react-dom'

import type { ChangesSinceSignOff as Changes } from '../../workflow/changes/changesSince'

import { ComparisonWords } from './ComparisonWords'
import { useModalFocus } from './useModalFocus'

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' })

/**
 * The latest version beside the signed one, change by change, in a dialog wide enough to read
 * them side by side (the sidebar is too narrow). It takes the focus, and Escape or Close closes it
 * and gives the focus back to the button that opened it (useModalFocus).
 */
export const ComparisonDialog = ({
  changes,
  onClose,
}: {
  changes: Changes
  onClose: () => void
}) => {
  const dialog = useRef<HTMLDivElement>(null)
  useModalFocus(dialog, onClose)
  const signed = changes.since
  return createPortal(
    <div className="workflow-dialog__backdrop">
      <div
        aria-describedby="comparison-dialog-signed"
        aria-labelledby="comparison-dialog-title"
        aria-modal="true"
        className="comparison-dialog"
        data-testid="comparison-dialog"
        ref={dialog}
        role="dialog"
        tabIndex={-1}
      >
        <div className="comparison-dialog__header">
          <h3 id="comparison-dialog-title">
            {signed ? 'Compare with the signed version' : 'The content to be signed'}
          </h3>
          <button
            autoFocus
            className="btn btn--style-secondary btn--size-small comparison-dialog__close"
            onClick={onClose}
            type="button"
          >
            Close
          </button>
        </div>
        <p id="comparison-dialog-signed">
          {signed
            ? `Signed version: signed by ${signed.printedName} on ${day(signed.signedAt)}. Latest version: what would be signed now.`
            : 'Nothing was signed before: all of the latest version is new.'}{' '}
          Removed words are struck through, added words are underlined.
        </p>
        {changes.reason ? (
          <p data-testid="comparison-reason">
            <strong>Why it changed</strong> (the writer’s reason): “{changes.reason}”
          </p>
        ) : null}
        {changes.changes.length ? (
          <table className="comparison-table">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Signed version</th>
                <th scope="col">Latest version</th>
              </tr>
            </thead>
            <tbody>
              {changes.changes.map((change) => (
                <tr
                  data-clinical={change.clinical}
                  data-kind={change.kind}
                  key={`${change.path}-${change.kind}`}
                >
                  <th scope="row">
                    {change.label}
                    {change.clinical ? null : (
                      <span className="comparison-table__editorial"> (editorial)</span>
                    )}
                  </th>
                  <td>
                    <ComparisonWords change={change} side="before" />
                  </td>
                  <td>
                    <ComparisonWords change={change} side="after" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No changes to the content.</p>
        )}
      </div>
    </div>,
    document.body,
  )
}
