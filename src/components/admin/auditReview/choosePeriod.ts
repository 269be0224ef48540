import { monthPeriod } from '../../../auditReview/duePeriods'
import { reviewQuerySchema } from '../../../auditReview/period'

type SearchParams = Record<string, string | string[] | undefined> | undefined

const one = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined

/** Last calendar month (UTC): what is usually reviewed next. */
const lastMonth = (now: Date): string => {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  return start.toISOString().slice(0, 7)
}

/**
 * The period the page shows: `?month=2026-11` (the month picker), else `?from=…&to=…` (a period of
 * any days, as the dashboard's links give it), else last month. Checked as the API checks it.
 */
export const choosePeriod = (searchParams: SearchParams, now: Date) => {
  const asked = { from: one(searchParams?.from), to: one(searchParams?.to) }
  const month = monthPeriod(one(searchParams?.month))
  const chosen = month ?? (asked.from || asked.to ? asked : monthPeriod(lastMonth(now)))
  return { asked, parsed: reviewQuerySchema.safeParse({ from: chosen?.from, to: chosen?.to }) }
}
