import type { ReviewDocument } from '../../../auditReview/schemas'

import { momentInWords } from '../../../auditReview/inWords'

/** Audit actions whose name would not read as what happened. */
const ACTION_WORDS: Record<string, string> = {
  'reauthentication-failed': 'Wrong password at signing',
  'second-factor-failed': 'Two-factor check failed',
  'recovery-code-used': 'Recovery code used',
  'publish-refused': 'Publication refused',
}

const actionInWords = (action: string): string => {
  const words = action.replace(/-/g, ' ')
  return ACTION_WORDS[action] ?? words.charAt(0).toUpperCase() + words.slice(1)
}

const headingOf = (group: ReviewDocument): string =>
  group.title ?? (group.id ? `${group.id} (no longer exists)` : 'Not about one document')

/** One document's changes in the period, oldest first: what, who, when, then the note. */
export const ReviewedDocument = ({ group }: { group: ReviewDocument }) => (
  <section className="audit-review__document">
    <h3>
      <span className="audit-review__collection">{group.collectionLabel}</span> {headingOf(group)}
    </h3>
    <ol className="audit-review__entries">
      {group.entries.map((entry) => (
        <li className="audit-review-entry" data-action={entry.action} key={entry.id}>
          <div className="audit-review-entry__line">
            <strong className="audit-review-entry__what">{actionInWords(entry.action)}</strong>
            <span className="audit-review-entry__who">by {entry.by?.name ?? 'the CMS'}</span>
            <time className="audit-review-entry__when" dateTime={entry.at}>
              {momentInWords(entry.at)}
            </time>
          </div>
          {entry.comment ? (
            <blockquote className="audit-review-entry__note">{entry.comment}</blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  </section>
)
