import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { isAdminUser, signsAuditReviews } from '../../../access/roles'
import { loadDuePeriods } from '../../../auditReview/loadDuePeriods'
import { dayInWords } from '../../../auditReview/inWords'
import { auditReviewHref } from './auditReviewHref'

type Props = { payload: Payload; user: PayloadRequest['user'] }

/**
 * For admins and QA: the months whose audit trail nobody from QA has signed as reviewed,
 * AUDIT_REVIEW_DAYS or more after they ended; each opens that month's review.
 */
export const AuditReviewDueCard = async ({ payload, user }: Props) => {
  if (!user || !(isAdminUser(user) || signsAuditReviews(user))) return null
  const req = await createLocalReq({ user }, payload)
  const { reviewDays, periods } = await loadDuePeriods(req, new Date())
  const adminRoute = payload.config.routes.admin
  return (
    <section
      aria-labelledby="audit-review-due-heading"
      className="review-queue-dashboard review-queue-dashboard__queue"
      data-empty={periods.length === 0 ? 'true' : undefined}
      data-queue="audit-review-due"
    >
      <h2 className="review-queue-dashboard__queue-title" id="audit-review-due-heading">
        Audit trail not reviewed{' '}
        <span className="review-queue-dashboard__count" data-testid="queue-total-audit-review-due">
          {periods.length}
        </span>
      </h2>
      <p>
        Months with changes that QA has not signed as reviewed, {reviewDays} days or more after they
        ended.
      </p>
      {periods.length === 0 ? (
        <p className="review-queue-dashboard__empty">Nothing here.</p>
      ) : (
        <ul className="review-queue-dashboard__entries">
          {periods.map((period) => (
            <li key={period.from}>
              <a href={auditReviewHref(adminRoute, period)}>{period.label}</a>: {period.entries}{' '}
              {period.entries === 1 ? 'change' : 'changes'}, review due since{' '}
              <time dateTime={period.dueSince}>{dayInWords(period.dueSince)}</time>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={auditReviewHref(adminRoute)}>Open the audit-trail review</a>
      </p>
    </section>
  )
}
