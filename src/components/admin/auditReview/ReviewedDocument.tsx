import type { ReviewDocument } from '../../../auditReview/schemas'

import { Time } from '../dashboard/when'

/** One document's changes in the period, oldest first. */
export const ReviewedDocument = ({ group }: { group: ReviewDocument }) => (
  <section className="audit-review__document">
    <h3>
      {group.collectionLabel}: {group.title ?? (group.id ? `${group.id} (no longer exists)` : '—')}
    </h3>
    <ol>
      {group.entries.map((entry) => (
        <li data-action={entry.action} key={entry.id}>
          <Time iso={entry.at} /> · {entry.action.replace(/-/g, ' ')} ·{' '}
          {entry.by?.name ?? 'the CMS'}
          {entry.comment ? <q>{entry.comment}</q> : null}
        </li>
      ))}
    </ol>
  </section>
)
