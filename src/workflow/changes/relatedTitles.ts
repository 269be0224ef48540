import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { RelatedTitles } from './types'

import { describeIn } from '../../shared/describe'
import { relationId } from '../../shared/relations'

type Row = Record<string, unknown>

const collectIds = (fields: FlattenedField[], doc: Row, into: Map<string, Set<string>>): void => {
  for (const field of fields) {
    const value = doc?.[field.name]
    if (value === undefined || value === null) continue
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const ids = into.get(field.relationTo) ?? new Set<string>()
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = relationId(item)
        if (id) ids.add(String(id))
      }
      into.set(field.relationTo, ids)
    } else if (field.type === 'group') {
      collectIds(field.flattenedFields, value as Row, into)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) collectIds(field.flattenedFields, row as Row, into)
    }
  }
}

/**
 * The titles of every document the given versions relate to, read once per collection (latest
 * versions, so a draft FAQ has its title too). An id no longer found is shown as "(deleted)".
 */
export const relatedTitles = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  docs: Row[],
): Promise<RelatedTitles> => {
  const ids = new Map<string, Set<string>>()
  for (const doc of docs) collectIds(fields, doc, ids)
  const titles = new Map<string, string>()
  for (const [collection, wanted] of ids) {
    if (!wanted.size) continue
    const slug = collection as CollectionSlug
    const { docs: found } = await req.payload.find({
      collection: slug,
      where: { id: { in: [...wanted] } },
      draft: Boolean(req.payload.collections[slug].config.versions),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of found) titles.set(`${collection}:${doc.id}`, describeIn(req, slug, doc))
  }
  return (collection, id) => titles.get(`${collection}:${id}`) ?? `(deleted ${collection} ${id})`
}
