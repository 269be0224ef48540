'use client'

import type { NotationHit } from '../../../clinical/notation/lintText'

import './notationLint.scss'

export type ListedHit = Pick<NotationHit, 'text' | 'message' | 'suggestion' | 'severity'> & {
  key: string
}

/**
 * The findings under a field: the text found, what to write instead and why. An item can be
 * hovered or clicked to point at its text (`onPoint`; null when the pointer leaves).
 */
export const NotationHitList = ({
  hits,
  onPoint,
}: {
  hits: readonly ListedHit[]
  onPoint?: (key: string | null, select: boolean) => void
}) =>
  hits.length ? (
    <ul aria-label="Dose notation" className="notation-lint" data-testid="notation-lint">
      {hits.map((hit) => (
        <li
          className={`notation-lint__hit notation-lint__hit--${hit.severity}`}
          data-severity={hit.severity}
          key={hit.key}
          onMouseEnter={() => onPoint?.(hit.key, false)}
          onMouseLeave={() => onPoint?.(null, false)}
        >
          <button
            className="notation-lint__text"
            disabled={!onPoint}
            onClick={() => onPoint?.(hit.key, true)}
            type="button"
          >
            “{hit.text}”
          </button>
          {hit.suggestion ? (
            <>
              : write <strong className="notation-lint__suggestion">“{hit.suggestion}”</strong>.
            </>
          ) : null}{' '}
          <span className="notation-lint__message">{hit.message}</span>
          {hit.severity === 'block' ? (
            <span className="notation-lint__blocks"> It blocks the submission.</span>
          ) : null}
        </li>
      ))}
    </ul>
  ) : null
