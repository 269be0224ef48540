'use client'

import type { ChangesSinceSignOff as Changes } from '../../workflow/changes/changesSince'
import type { FieldChange } from '../../workflow/changes/types'

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' })

const shown = (value: unknown): string => {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return `position ${value}`
  return Object.values(value as Record<string, unknown>)
    .filter((part) => typeof part === 'string' && part)
    .join(' — ')
}

const Words = ({ change }: { change: FieldChange }) => (
  <p className="changes-since__words">
    {change.words!.map((word, index) =>
      word.op === 'added' ? (
        <ins key={index}>{word.text} </ins>
      ) : word.op === 'removed' ? (
        <del key={index}>{word.text} </del>
      ) : (
        <span key={index}>{word.text} </span>
      ),
    )}
  </p>
)

/** Counts the clinical changes a signature would cover, in words. */
export const clinicalChangesInWords = (changes: Changes): string => {
  const count = changes.changes.filter((change) => change.clinical).length
  const what = `${count} clinical change${count === 1 ? '' : 's'}`
  return changes.since
    ? `${what} since ${changes.since.printedName} signed on ${day(changes.since.signedAt)}`
    : `${what}: nothing was signed before, so all of the content is new`
}

/** What changed since the last sign-off, shown to the reviewer before they sign. */
export const ChangesSinceSignOff = ({ changes }: { changes: Changes }) => (
  <div className="changes-since" data-testid="changes-since-sign-off">
    <h4>Changes since the last sign-off</h4>
    <p data-testid="clinical-change-count">{clinicalChangesInWords(changes)}</p>
    {changes.changes.length ? (
      <ul className="changes-since__list">
        {changes.changes.map((change) => (
          <li
            data-clinical={change.clinical}
            data-kind={change.kind}
            key={`${change.path}-${change.kind}`}
          >
            <strong>{change.path}</strong> {change.kind}
            {change.clinical ? '' : ' (editorial)'}
            {change.words ? (
              <Words change={change} />
            ) : (
              <p className="changes-since__values">
                {change.kind !== 'added' ? <del>{shown(change.before)}</del> : null}
                {change.kind !== 'added' && change.kind !== 'removed' ? ' → ' : null}
                {change.kind !== 'removed' ? <ins>{shown(change.after)}</ins> : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    ) : (
      <p>No changes to the content.</p>
    )}
  </div>
)
