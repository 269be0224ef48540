import type { FlattenedField, PayloadRequest } from 'payload'

import type { ReviewableCollection } from './states'

import { createHash } from 'node:crypto'

import { relationId, relationIds } from '../shared/relations'

/**
 * Fields that describe the workflow or the record, not what a reader reads. A change to them
 * neither needs nor voids a sign-off; everything else is signed content.
 */
export const NON_CONTENT_FIELDS = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'contributors',
  'workflowState',
  'firstPublishedAt',
  'lastReviewedAt',
  'nextReviewDue',
  'lastSignature',
  'withdrawalReason',
  'readingTimeMinutes',
])

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0)

/** Stored and submitted shapes differ (populated relations, date strings): bring both to one. */
const normaliseField = (field: FlattenedField | undefined, value: unknown): unknown => {
  if (isEmpty(value) || !field) return value
  if (field.type === 'relationship' || field.type === 'upload') {
    return Array.isArray(value) ? relationIds(value) : relationId(value)
  }
  if (field.type === 'date') return new Date(value as string).toISOString()
  return value
}

/** JSON with sorted keys, no empty values and no row ids, so equal content hashes equally. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical).filter((item) => !isEmpty(item))
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, item]) => key !== 'id' && !isEmpty(item))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => [key, canonical(item)] as const)
    .filter(([, item]) => !isEmpty(item))
  return Object.fromEntries(entries)
}

export const contentOf = (
  doc: Record<string, unknown>,
  fields: FlattenedField[],
): Record<string, unknown> => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (NON_CONTENT_FIELDS.has(key)) continue
    const field = byName.get(key)
    if (!field) continue
    content[key] = normaliseField(field, value)
  }
  return canonical(content) as Record<string, unknown>
}

/** SHA-256 of the canonical JSON of a document's content fields. */
export const contentHash = (doc: Record<string, unknown>, fields: FlattenedField[]): string =>
  createHash('sha256')
    .update(JSON.stringify(contentOf(doc, fields)))
    .digest('hex')

/** The content hash of a document of a reviewable collection, with that collection's fields. */
export const contentHashIn = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Record<string, unknown>,
): string => contentHash(doc, req.payload.collections[collection].config.flattenedFields)
