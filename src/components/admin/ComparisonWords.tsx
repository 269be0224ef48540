'use client'

import type { FieldChange } from '../../workflow/changes/types'

type Side = 'before' | 'after'

const EMPTY: Record<Side, string> = {
  before: 'Not in the signed version',
  after: 'Not in the latest version',
}

/** Removed and added words are struck through and underlined, and said so to screen readers. */
const Removed = ({ text }: { text: string }) => (
  <del>
    <span className="comparison__hidden">removed: </span>
    {text}
  </del>
)

const Added = ({ text }: { text: string }) => (
  <ins>
    <span className="comparison__hidden">added: </span>
    {text}
  </ins>
)

/**
 * One side of a change as a reader sees it: the signed text with the removed words marked, or the
 * latest text with the added words marked; a whole added or removed item is marked whole.
 */
export const ComparisonWords = ({ change, side }: { change: FieldChange; side: Side }) => {
  const text = side === 'before' ? change.beforeText : change.afterText
  if (text === null) return <span className="comparison__empty">{EMPTY[side]}</span>
  if (change.words) {
    const hidden = side === 'before' ? 'added' : 'removed'
    const shown = change.words.filter((word) => word.op !== hidden)
    return (
      <p className="comparison__text">
        {shown.map((word, index) => (
          <span key={index}>
            {index ? ' ' : ''}
            {word.op === 'removed' ? (
              <Removed text={word.text} />
            ) : word.op === 'added' ? (
              <Added text={word.text} />
            ) : (
              word.text
            )}
          </span>
        ))}
      </p>
    )
  }
  return (
    <p className="comparison__text">
      {side === 'before' && change.kind === 'removed' ? (
        <Removed text={text} />
      ) : side === 'after' && change.kind === 'added' ? (
        <Added text={text} />
      ) : (
        text
      )}
    </p>
  )
}
