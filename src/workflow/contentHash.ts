import type { FlattenedField, PayloadRequest } from 'payload'

import type { ReviewableCollection } from './states'

import { createHash } from 'node:crypto'

import { type ChangeKind, changeKindOf } from '../fields/changeKind'
import { relationId, relationIds } from '../shared/relations'

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

/** The fields of the given kinds (clinical by default: what a pharmacist signs), canonical. */
export const contentOf = (
  doc: Record<string, unknown>,
  fields: FlattenedField[],
  kinds: readonly ChangeKind[] = ['clinical'],
): Record<string, unknown> => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) {
    const field = byName.get(key)
    if (!field || !kinds.includes(changeKindOf(field))) continue
    content[key] = normaliseField(field, value)
  }
  return canonical(content) as Record<string, unknown>
}

const hashOf = (content: unknown): string =>
  createHash('sha256').update(JSON.stringify(content)).digest('hex')

/**
 * SHA-256 of the canonical JSON of a document's clinical fields: what a signature covers. Which
 * fields are clinical is declared with each field (src/fields/changeKind.ts).
 */
export const contentHash = (doc: Record<string, unknown>, fields: FlattenedField[]): string =>
  hashOf(contentOf(doc, fields))

/** A hash of everything a reader sees, clinical and editorial: equal means nothing to publish. */
export const readerContentHash = (doc: Record<string, unknown>, fields: FlattenedField[]): string =>
  hashOf(contentOf(doc, fields, ['clinical', 'editorial']))

/** The content hash of a document of a reviewable collection, with that collection's fields. */
export const contentHashIn = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Record<string, unknown>,
): string => contentHash(doc, req.payload.collections[collection].config.flattenedFields)
