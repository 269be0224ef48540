import type { Endpoint } from 'payload'

import { z } from 'zod'

import { exportRefusal } from '../../endpoints/documentRecord'
import { auditCsvStream } from '../../records/auditCsv'
import { parseInput } from '../../validation/parseInput'
import { recordAudit } from '../../workflow/audit'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

const instant = (name: string) =>
  z
    .string({ message: `${name} is required: a date (2026-01-31) or a date-time with offset` })
    .trim()
    .refine(
      (value) => DATE_ONLY.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success,
      {
        message: `${name} must be a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z)`,
        abort: true,
      },
    )
    .refine((value) => Number.isFinite(Date.parse(value)), {
      message: `${name} is not a real date`,
    })

export const auditPeriodSchema = z
  .object({ from: instant('from'), to: instant('to') })
  .transform(({ from, to }) => ({
    from: new Date(from).toISOString(),
    // A date-only `to` includes that whole day.
    to: new Date(Date.parse(to) + (DATE_ONLY.test(to) ? DAY_MS : 0)).toISOString(),
  }))
  .refine(({ from, to }) => from < to, { message: 'to must be after from', path: ['to'] })

/**
 * GET /api/audit-log/export?from=…&to=…: the audit trail of a period as CSV (editors, admins, QA),
 * streamed page by page. `from` is inclusive, `to` exclusive (a date-only `to`: that whole day).
 */
export const auditExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const refusal = exportRefusal(req, 'the audit trail')
    if (refusal) return refusal
    const { from, to } = parseInput(auditPeriodSchema, req.query)
    await recordAudit(req, {
      action: 'export',
      collectionSlug: 'audit-log',
      comment: `audit trail exported as CSV, ${from} to ${to}`,
      details: { format: 'csv', from, to },
    })
    const where = { and: [{ at: { greater_than_equal: from } }, { at: { less_than: to } }] }
    return new Response(auditCsvStream(req, where), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${from.slice(0, 10)}-${to.slice(0, 10)}.csv"`,
      },
    })
  },
}
