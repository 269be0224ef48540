'use client'

import { Button } from '@payloadcms/ui'

import type { ItemCheck } from '../../releases/checkRelease'

type Props = {
  items: ItemCheck[]
  /** Set while the release is open: each item gets a Remove button. */
  onRemove?: (item: ItemCheck) => void
  busy: boolean
}

/** The checklist's lines that are not met, each with what to do (several for linked documents). */
const blockersByLabel = (item: ItemCheck): [string, string[]][] => {
  const grouped = new Map<string, string[]>()
  for (const blocker of item.blockers) {
    grouped.set(blocker.label, [...(grouped.get(blocker.label) ?? []), blocker.message])
  }
  return [...grouped]
}

/**
 * Each document in the release: where its review stands and, in the publish checklist's words,
 * what stops it going live (GET /api/releases/{id}/check, the judge the publish asks).
 */
export const ReleaseItems = ({ items, onRemove, busy }: Props) =>
  items.length ? (
    <ul className="release-items" data-testid="release-items">
      {items.map((item) => (
        <li
          data-collection={item.collection}
          data-id={item.id}
          data-met={!item.blockers.length}
          data-testid="release-item"
          key={`${item.collection}:${item.id}`}
        >
          <div className="release-items__head">
            <span>
              <span aria-hidden="true">{item.blockers.length ? '✗' : '✓'}</span>{' '}
              <strong>{item.collectionLabel}</strong> “{item.title}”
            </span>
            {onRemove ? (
              <Button
                aria-label={`Remove ${item.collectionLabel} “${item.title}” from the release`}
                buttonStyle="secondary"
                disabled={busy}
                extraButtonProps={{ 'data-testid': 'release-remove' }}
                onClick={() => onRemove(item)}
                size="xsmall"
              >
                Remove
              </Button>
            ) : null}
          </div>
          <div className="workflow-panel__note">
            {item.stateWords}
            {item.pinned ? ' · the signed version is set aside for this release' : ''}
          </div>
          {item.blockers.length ? (
            <ul className="release-items__blockers" data-testid="release-item-blockers">
              {blockersByLabel(item).map(([label, messages]) => (
                <li key={label}>
                  {/* The state line above already says it in these words. */}
                  {label === item.stateWords ? null : label}
                  {messages.map((message) => (
                    <div className="workflow-panel__problem" key={message}>
                      {message}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <div className="workflow-panel__note">Ready to go live with the others.</div>
          )}
        </li>
      ))}
    </ul>
  ) : (
    <p data-testid="release-empty">
      No documents yet: find them under “Add documents” and add them.
    </p>
  )
