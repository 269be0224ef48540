import type { PayloadRequest, Where } from 'payload'

import { stringify } from 'csv-stringify/sync'

import type { AuditLog } from '../payload-types'

import { relationId } from '../shared/relations'
import { peopleNames } from '../workflow/peopleNames'

const PAGE_SIZE = 500

export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'action',
  'actorId',
  'actorName',
  'collection',
  'documentId',
  'versionId',
  'contentHash',
  'comment',
  'details',
] as const

/** A spreadsheet must not run a cell as a formula (CSV injection): such cells get a leading '. */
const inert = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

const rowsOf = async (req: PayloadRequest, entries: AuditLog[]): Promise<string[][]> => {
  const actorIds = [...new Set(entries.map((entry) => relationId(entry.actor)).filter(Boolean))]
  const names = new Map(
    (await peopleNames(req, actorIds as string[])).map((person) => [person.id, person.name]),
  )
  return entries.map((entry) => {
    const actorId = relationId(entry.actor) ?? ''
    return [
      String(entry.id),
      entry.at,
      entry.action,
      actorId,
      names.get(actorId) ?? '',
      entry.collectionSlug ?? '',
      entry.documentId ?? '',
      entry.versionId ?? '',
      entry.contentHash ?? '',
      entry.comment ?? '',
      entry.details ? JSON.stringify(entry.details) : '',
    ].map(inert)
  })
}

/** The audit entries of a period as CSV, read page by page as the client takes them. */
export const auditCsvStream = (req: PayloadRequest, where: Where): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  let page = 0
  let done = false
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([[...AUDIT_CSV_COLUMNS]])))
    },
    async pull(controller) {
      if (done) return
      page++
      const result = await req.payload.find({
        collection: 'audit-log',
        where,
        sort: 'at',
        depth: 0,
        limit: PAGE_SIZE,
        page,
        overrideAccess: true,
        req,
      })
      if (result.docs.length) {
        controller.enqueue(encoder.encode(stringify(await rowsOf(req, result.docs))))
      }
      if (!result.hasNextPage) {
        done = true
        controller.close()
      }
    },
  })
}
