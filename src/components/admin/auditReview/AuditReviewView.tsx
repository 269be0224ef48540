import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { isInspector, signsAuditReviews } from '../../../access/roles'
import { monthsUpTo } from '../../../auditReview/duePeriods'
import { periodInWords } from '../../../auditReview/inWords'
import { earliestEntry } from '../../../auditReview/loadDuePeriods'
import { loadReview } from '../../../auditReview/loadReview'
import { periodOf } from '../../../auditReview/period'
import { auditReviewHref } from './auditReviewHref'
import { choosePeriod } from './choosePeriod'
import { PeriodPicker } from './PeriodPicker'
import { ReviewedDocument } from './ReviewedDocument'
import { ReviewSummary } from './ReviewSummary'
import { SetViewStepNav } from '../SetViewStepNav'
import { SignatureStatus } from './SignatureStatus'
import { SignReviewForm } from './SignReviewForm'
import './auditReview.scss'

/** Five years of months in the picker; older periods are chosen by their days. */
const PICKER_MONTHS = 60

/**
 * /admin/audit-review?month=2026-11 or ?from=…&to=…: a period's changes grouped by document,
 * whether QA signed it, and for QA the signature form (the same checks as
 * POST /api/audit-log/review/sign).
 */
export const AuditReviewView = async ({
  initPageResult,
  params,
  searchParams,
  viewActions,
}: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(auditReviewHref(adminRoute))}`)
  const now = new Date()
  const { asked, parsed } = choosePeriod(searchParams, now)
  const period = parsed.success ? periodOf(parsed.data.from, parsed.data.to) : undefined
  const reader = isInspector(user)
  const review = period && reader ? await loadReview(req, period) : undefined
  const months = reader ? monthsUpTo((await earliestEntry(req)) ?? now, now, PICKER_MONTHS) : []
  const signer = signsAuditReviews(user)
  const mayBeSigned = Boolean(
    review && !review.signed && signer && Date.parse(review.period.end) <= now.getTime(),
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
      // The header's actions (the Inbox link): Payload passes them only to its own templates.
      viewActions={viewActions}
      visibleEntities={visibleEntities}
    >
      <SetViewStepNav href={auditReviewHref(adminRoute)} label="Audit-trail review" />
      <Gutter className="audit-review">
        <h1>Audit-trail review</h1>
        {!reader ? (
          <p>Only QA, editors and admins read the audit-trail review.</p>
        ) : (
          <>
            <PeriodPicker asked={asked} months={months} period={period} />
            {!parsed.success && (
              <ul className="audit-review__errors" role="alert">
                {parsed.error.issues.map((issue) => (
                  <li key={issue.message}>{issue.message}</li>
                ))}
              </ul>
            )}
            {review && (
              <>
                <h2 className="audit-review__period">{periodInWords(review.period)}</h2>
                <SignatureStatus now={now} review={review} signer={signer} />
                <ReviewSummary summary={review.summary} />
                <section aria-labelledby="audit-review-changes" className="audit-review__changes">
                  <h2 id="audit-review-changes">Changes by document</h2>
                  {review.documents.length === 0 ? (
                    <p>No changes in this period.</p>
                  ) : (
                    review.documents.map((group) => (
                      <ReviewedDocument group={group} key={`${group.collection}/${group.id}`} />
                    ))
                  )}
                </section>
                {mayBeSigned && (
                  <SignReviewForm
                    from={review.period.from}
                    periodLabel={periodInWords(review.period)}
                    to={review.period.to}
                  />
                )}
              </>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
