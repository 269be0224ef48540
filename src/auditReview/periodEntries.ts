import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { AuditLog } from '../payload-types'
import type { AuditPeriod } from './period'

import { relationId } from '../shared/relations'

const PAGE_SIZE = 500

/** Every audit entry of the period, oldest first (ties by id, so the order is always the same). */
export const periodEntries = async (
  req: PayloadRequest,
  period: AuditPeriod,
): Promise<AuditLog[]> => {
  const entries: AuditLog[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'audit-log',
      where: {
        and: [{ at: { greater_than_equal: period.start } }, { at: { less_than: period.end } }],
      },
      sort: 'at',
      depth: 0,
      limit: PAGE_SIZE,
      page,
      overrideAccess: true,
      req,
    })
    entries.push(...result.docs)
    if (!result.hasNextPage) break
  }
  return entries.sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || String(a.id).localeCompare(String(b.id)),
  )
}

/** JSON with sorted keys: both databases give the same text for the same entries. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, canonical(item)]),
  )
}

/**
 * SHA-256 of the entries as they are now: what a review signature records, so that an entry of
 * the period changed, added or removed afterwards no longer hashes to the signed value.
 */
export const entriesHash = (entries: AuditLog[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        canonical(
          entries.map((entry) => ({
            id: String(entry.id),
            at: new Date(entry.at).toISOString(),
            action: entry.action,
            actor: relationId(entry.actor),
            collectionSlug: entry.collectionSlug,
            documentId: entry.documentId,
            versionId: entry.versionId,
            contentHash: entry.contentHash,
            comment: entry.comment,
            details: entry.details,
          })),
        ),
      ),
    )
    .digest('hex')
