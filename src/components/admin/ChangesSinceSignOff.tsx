'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { ChangesSinceSignOff as Changes } from '../../workflow/changes/changesSince'

import { clinicalChangesInWords, secondOfTwoInWords } from '../../workflow/changes/changesInWords'
import { ComparisonDialog } from './ComparisonDialog'

export { clinicalChangesInWords }

/** The sidebar names this many changes; the comparison shows them all. */
const LISTED = 8

/**
 * What changed since the last sign-off, shown to the reviewer before they sign: in the sidebar
 * the changes by name, and a button opening the wide comparison of the two versions.
 */
export const ChangesSinceSignOff = ({ changes }: { changes: Changes }) => {
  const [comparing, setComparing] = useState(false)
  const listed = changes.changes.slice(0, LISTED)
  const more = changes.changes.length - listed.length
  const secondOfTwo = secondOfTwoInWords(changes)
  return (
    <div className="changes-since" data-testid="changes-since-sign-off">
      <h4>
        {secondOfTwo
          ? 'Changes since the sign-off before this review'
          : 'Changes since the last sign-off'}
      </h4>
      {secondOfTwo ? <p data-testid="second-of-two">{secondOfTwo}.</p> : null}
      <p data-testid="clinical-change-count">{clinicalChangesInWords(changes)}</p>
      {changes.reason ? (
        <p className="changes-since__reason" data-testid="change-reason">
          Reason given: “{changes.reason}”
        </p>
      ) : null}
      {changes.changes.length ? (
        <>
          <ul className="changes-since__list">
            {listed.map((change) => (
              <li
                data-clinical={change.clinical}
                data-kind={change.kind}
                key={`${change.path}-${change.kind}`}
              >
                {change.label}
                {change.clinical ? '' : ' (editorial)'}
              </li>
            ))}
            {more > 0 ? <li>and {more} more</li> : null}
          </ul>
          <Button
            buttonStyle="secondary"
            className="changes-since__compare"
            id="compare-with-signed-version"
            onClick={() => setComparing(true)}
            size="small"
          >
            {changes.since ? 'Compare with the signed version' : 'Show the content to be signed'}
          </Button>
        </>
      ) : (
        <p>
          {secondOfTwo
            ? 'No changes since that sign-off: review the whole content all the same.'
            : 'No changes to the content.'}
        </p>
      )}
      {comparing ? (
        <ComparisonDialog changes={changes} onClose={() => setComparing(false)} />
      ) : null}
    </div>
  )
}
