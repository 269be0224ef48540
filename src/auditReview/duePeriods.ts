import type { AuditPeriod } from './period'

import { periodOf } from './period'

const DAY_MS = 86_400_000

/** A calendar month (UTC) whose audit trail waits for QA's signed review. */
export type DuePeriod = {
  from: string
  to: string
  /** "March 2026". */
  label: string
  entries: number
  /** When its review became overdue: AUDIT_REVIEW_DAYS after the month ended. */
  dueSince: string
}

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const day = (time: number): string => new Date(time).toISOString().slice(0, 10)

/** The month that starts at this UTC year and month (0-based; 12 is next January), as a period. */
const month = (year: number, index: number): AuditPeriod =>
  periodOf(day(Date.UTC(year, index, 1)), day(Date.UTC(year, index + 1, 1) - DAY_MS))

/** "November 2026" for the month a period starts in. */
export const monthLabel = (period: { from: string }): string =>
  MONTH_NAME.format(new Date(`${period.from}T00:00:00Z`))

/** A month written as `2026-11` (the admin's month picker), as a period; undefined for anything else. */
export const monthPeriod = (value: string | undefined): AuditPeriod | undefined => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '')
  return match ? month(Number(match[1]), Number(match[2]) - 1) : undefined
}

/** The months from the one holding `earliest` to the one holding `now`, newest first, at most `max`. */
export const monthsUpTo = (earliest: Date, now: Date, max: number): AuditPeriod[] => {
  const months: AuditPeriod[] = []
  for (let back = 0; back < max; back++) {
    const period = month(now.getUTCFullYear(), now.getUTCMonth() - back)
    months.push(period)
    if (Date.parse(period.start) <= earliest.getTime()) break
  }
  return months
}

/**
 * The calendar months from the one holding `earliest` that ended `reviewDays` days or more before
 * `now`, oldest first: the months whose review is due by now.
 */
export const monthsDue = (earliest: Date, now: Date, reviewDays: number): AuditPeriod[] => {
  const months: AuditPeriod[] = []
  const cutoff = now.getTime() - reviewDays * DAY_MS
  for (let index = 0; ; index++) {
    const period = month(earliest.getUTCFullYear(), earliest.getUTCMonth() + index)
    if (Date.parse(period.end) > cutoff) return months
    months.push(period)
  }
}

/** Whether the signed periods together cover every day of this one (weekly reviews cover a month). */
export const coveredBy = (
  signed: readonly { start: string; end: string }[],
  period: AuditPeriod,
): boolean => {
  let reached = Date.parse(period.start)
  const end = Date.parse(period.end)
  for (const review of [...signed].sort((a, b) => a.start.localeCompare(b.start))) {
    if (Date.parse(review.start) > reached) break
    reached = Math.max(reached, Date.parse(review.end))
    if (reached >= end) return true
  }
  return reached >= end
}

export const duePeriod = (period: AuditPeriod, entries: number, reviewDays: number): DuePeriod => ({
  from: period.from,
  to: period.to,
  label: monthLabel(period),
  entries,
  dueSince: new Date(Date.parse(period.end) + reviewDays * DAY_MS).toISOString(),
})
