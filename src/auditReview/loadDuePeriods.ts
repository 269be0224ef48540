import type { PayloadRequest } from 'payload'

import { settingsOf } from '../config/settings'
import { AUDIT_REVIEWS } from './collection'
import { coveredBy, type DuePeriod, duePeriod, monthsDue } from './duePeriods'

const signedPeriods = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: AUDIT_REVIEWS,
    depth: 0,
    pagination: false,
    select: { periodStart: true, periodEnd: true },
    overrideAccess: true,
    req,
  })
  return docs.map((review) => ({
    start: new Date(review.periodStart).toISOString(),
    end: new Date(review.periodEnd).toISOString(),
  }))
}

/** When the first audit entry was written: where the review's month picker starts. */
export const earliestEntry = async (req: PayloadRequest): Promise<Date | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    sort: 'at',
    limit: 1,
    depth: 0,
    select: { at: true },
    overrideAccess: true,
    req,
  })
  return docs[0] ? new Date(docs[0].at) : undefined
}

/**
 * The months with audit entries whose review is overdue (they ended AUDIT_REVIEW_DAYS days ago or
 * more) and that no signed review covers, oldest first: the dashboard's "Audit trail not reviewed".
 */
export const loadDuePeriods = async (
  req: PayloadRequest,
  now: Date,
): Promise<{ reviewDays: number; periods: DuePeriod[] }> => {
  const reviewDays = settingsOf(req.payload).auditReviewDays
  const earliest = await earliestEntry(req)
  if (!earliest) return { reviewDays, periods: [] }
  const signed = await signedPeriods(req)
  const periods: DuePeriod[] = []
  for (const month of monthsDue(earliest, now, reviewDays)) {
    if (coveredBy(signed, month)) continue
    const { totalDocs } = await req.payload.count({
      collection: 'audit-log',
      where: {
        and: [{ at: { greater_than_equal: month.start } }, { at: { less_than: month.end } }],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs) periods.push(duePeriod(month, totalDocs, reviewDays))
  }
  return { reviewDays, periods }
}
