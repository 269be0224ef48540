import { z } from 'zod'

const DAY_MS = 86_400_000
/** A year, leap day included: a longer period is too much for one person to review at once. */
export const MAX_PERIOD_DAYS = 366

/** A review period: whole UTC days, `from` and `to` both included. */
export type AuditPeriod = {
  from: string
  to: string
  /** The first moment of `from` (inclusive). */
  start: string
  /** The first moment after `to` (exclusive). */
  end: string
  /** `from/to`, as ISO 8601 writes an interval: one signature per exact period. */
  key: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** 2026-02-30 has the form of a date and is none. */
const isRealDay = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00Z`)
  return DAY.test(value) && Number.isFinite(time) && new Date(time).toISOString().startsWith(value)
}

const day = (name: string) =>
  z
    .string({ message: `${name} is required: a date such as 2026-01-31` })
    .trim()
    .regex(DAY, { message: `${name} must be a date such as 2026-01-31`, abort: true })
    .refine(isRealDay, { message: `${name} is not a real date` })

export const periodOf = (from: string, to: string): AuditPeriod => ({
  from,
  to,
  start: new Date(`${from}T00:00:00Z`).toISOString(),
  end: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString(),
  key: `${from}/${to}`,
})

const daysIn = ({ start, end }: AuditPeriod): number =>
  Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS)

/** The shape both the review and its signature take: `from` and `to`, whole UTC days. */
export const periodFields = {
  from: day('from').meta({ description: 'The first day of the period (UTC), included' }),
  to: day('to').meta({ description: 'The last day of the period (UTC), included' }),
}

/** Refuses a period that ends before it starts or is too long to review at once; names `to`. */
export const checkPeriod = (
  { from, to }: { from: string; to: string },
  refinement: z.RefinementCtx,
): void => {
  // Zod runs this even when a field failed (its issues do not abort the object).
  if (!isRealDay(from) || !isRealDay(to)) return
  if (from > to) {
    refinement.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' })
  } else if (daysIn(periodOf(from, to)) > MAX_PERIOD_DAYS) {
    refinement.addIssue({
      code: 'custom',
      path: ['to'],
      message: `A review covers at most ${MAX_PERIOD_DAYS} days: choose a shorter period`,
    })
  }
}

/** `GET /api/audit-log/review?from=…&to=…`: the period asked for. */
export const reviewQuerySchema = z.object(periodFields).superRefine(checkPeriod)
