import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { isInspector, signsAuditReviews } from '../../../access/roles'
import { loadReview } from '../../../auditReview/loadReview'
import { periodOf, reviewQuerySchema } from '../../../auditReview/period'
import { onDay } from '../../../workflow/publication/checklistWords'
import { auditReviewHref } from './auditReviewHref'
import { ReviewedDocument } from './ReviewedDocument'
import { SignReviewForm } from './SignReviewForm'

const one = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined

/** Last calendar month (UTC): what is usually reviewed next. */
const lastMonth = (now: Date) => {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) }
}

/**
 * /admin/audit-review?from=…&to=…: a period's changes grouped by document, whether QA signed it,
 * and for QA the signature form (the same checks as POST /api/audit-log/review/sign).
 */
export const AuditReviewView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(auditReviewHref(adminRoute))}`)
  const now = new Date()
  const asked = { from: one(searchParams?.from), to: one(searchParams?.to) }
  const parsed = reviewQuerySchema.safeParse(asked.from || asked.to ? asked : lastMonth(now))
  const period = parsed.success ? periodOf(parsed.data.from, parsed.data.to) : undefined
  const review = period && isInspector(user) ? await loadReview(req, period) : undefined
  const mayBeSigned = Boolean(
    review &&
    !review.signed &&
    signsAuditReviews(user) &&
    Date.parse(review.period.end) <= now.getTime(),
  )

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter className="audit-review">
        <h1>Audit-trail review</h1>
        {!isInspector(user) ? (
          <p>Only QA, editors and admins read the audit-trail review.</p>
        ) : (
          <>
            <form className="audit-review__period" method="get">
              <label>
                From <input defaultValue={period?.from ?? asked.from} name="from" type="date" />
              </label>
              <label>
                To (included) <input defaultValue={period?.to ?? asked.to} name="to" type="date" />
              </label>
              <button type="submit">Show</button>
            </form>
            {!parsed.success && (
              <ul role="alert">
                {parsed.error.issues.map((issue) => (
                  <li key={issue.message}>{issue.message}</li>
                ))}
              </ul>
            )}
            {review && (
              <>
                <p data-testid="audit-review-summary">
                  {review.summary.entries} changes to {review.summary.documents} documents. Wrong
                  passwords at signing: {review.summary.refusals['reauthentication-failed']}.
                  Refused publications: {review.summary.refusals['publish-refused']}.
                </p>
                {review.signed ? (
                  <p data-testid="audit-review-signed">
                    Signed by {review.signed.printedName} on {onDay(review.signed.signedAt)} (
                    {review.signed.meaning}).{' '}
                    {review.signed.unchanged
                      ? 'Nothing in the period changed since.'
                      : 'The entries of the period changed after it was signed: look into it.'}
                  </p>
                ) : (
                  <p>Not signed yet.</p>
                )}
                {review.documents.map((group) => (
                  <ReviewedDocument group={group} key={`${group.collection}/${group.id}`} />
                ))}
                {mayBeSigned && <SignReviewForm from={review.period.from} to={review.period.to} />}
              </>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
