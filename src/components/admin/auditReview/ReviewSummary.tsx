import type { AuditReviewAnswer } from '../../../auditReview/schemas'

type Summary = AuditReviewAnswer['summary']

/** What went wrong in the period, each count with the audit action it counts. */
const COUNTED: { label: string; count: (summary: Summary) => number }[] = [
  {
    label: 'Wrong passwords at signing',
    count: (summary) => summary.refusals['reauthentication-failed'],
  },
  {
    label:
      'Failed two-factor checks (a wrong or reused code, or signing without two-factor set up)',
    count: (summary) => summary.refusals['second-factor-failed'],
  },
  { label: 'Refused publications', count: (summary) => summary.refusals['publish-refused'] },
  {
    label: 'Recovery codes used instead of the authenticator app',
    count: (summary) => summary.securityEvents['recovery-code-used'],
  },
]

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** The period's counts: how much changed, and the refusals and security events to look into. */
export const ReviewSummary = ({ summary }: { summary: Summary }) => (
  <section aria-labelledby="audit-review-summary-heading" className="audit-review__summary">
    <h2 id="audit-review-summary-heading">Summary</h2>
    <p>
      {counted(summary.entries, 'change', 'changes')} to{' '}
      {counted(summary.documents, 'document', 'documents')}.
    </p>
    <dl className="audit-review__counts" data-testid="audit-review-summary">
      {COUNTED.map(({ label, count }) => (
        <div data-zero={count(summary) === 0 ? 'true' : undefined} key={label}>
          <dt>{label}</dt>
          <dd>{count(summary)}</dd>
        </div>
      ))}
    </dl>
  </section>
)
