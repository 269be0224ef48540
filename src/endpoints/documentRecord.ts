import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { isInspector } from '../access/roles'
import { recordHtml } from '../records/recordHtml'
import { documentRecord } from '../records/documentRecord'
import { parseInput } from '../validation/parseInput'
import { recordAudit } from '../workflow/audit'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../workflow/states'

/** 401/403 unless an editor, admin or QA asks; exports are theirs (inspections, audits). */
export const exportRefusal = (req: PayloadRequest, what: string): Response | undefined => {
  if (!req.user) {
    return Response.json({ errors: [{ message: `Log in to export ${what}.` }] }, { status: 401 })
  }
  if (!isInspector(req.user)) {
    return Response.json(
      { errors: [{ message: `Only editors, admins and QA export ${what}.` }] },
      { status: 403 },
    )
  }
  return undefined
}

export const recordQuerySchema = z.object({
  format: z.enum(['json', 'html'], { message: 'format is json or html' }).default('json'),
})

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // The page is data to print: nothing in it may run or load.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
}

/**
 * GET /api/records/{collection}/{id}[?format=html]: a document's whole record (versions with
 * content hashes, signatures, audit entries, comment threads), for 21 CFR Part 11 §11.10(b).
 * Read-only; each export is audited.
 */
export const documentRecordEndpoint: Endpoint = {
  path: '/records/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const refusal = exportRefusal(req, 'records')
    if (refusal) return refusal
    const { format } = parseInput(recordQuerySchema, req.query)
    const collection = String(req.routeParams?.collection)
    const id = String(req.routeParams?.id)
    const record = REVIEWABLE_COLLECTIONS.includes(collection as ReviewableCollection)
      ? await documentRecord(req, collection as ReviewableCollection, id)
      : undefined
    if (!record) {
      return Response.json({ errors: [{ message: 'No such document.' }] }, { status: 404 })
    }
    await recordAudit(req, {
      action: 'export',
      collectionSlug: collection,
      documentId: id,
      comment: `record exported as ${format}`,
      details: { format },
    })
    const headers = { 'Cache-Control': 'no-store' }
    return format === 'html'
      ? new Response(recordHtml(record), { headers: { ...headers, ...HTML_HEADERS } })
      : Response.json(record, { headers })
  },
}
