import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { RelatedNames } from './types'

import { relationId } from '../../shared/relations'
import { labelInWords } from './labels'

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
    } else if (field.type === 'group' || field.type === 'tab') {
      collectIds(field.flattenedFields, value as Row, into)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) collectIds(field.flattenedFields, row as Row, into)
    }
  }
}

/** A collection's singular label in words ("FAQ", "Reference"). */
const singularOf = (req: PayloadRequest, collection: string): string => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  return labelInWords(config?.labels?.singular, collection)
}

/**
 * How the documents the given versions relate to are named: by their titles, read once per
 * collection (latest versions, so a draft FAQ has its title too), never by their ids. A document
 * no longer found is "(deleted FAQ)", one without a title "(untitled FAQ)".
 */
export const relatedTitles = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  docs: Row[],
): Promise<RelatedNames> => {
  const ids = new Map<string, Set<string>>()
  for (const doc of docs) collectIds(fields, doc, ids)
  const titles = new Map<string, string>()
  for (const [collection, wanted] of ids) {
    if (!wanted.size) continue
    const slug = collection as CollectionSlug
    const config = req.payload.collections[slug].config
    const { docs: found } = await req.payload.find({
      collection: slug,
      where: { id: { in: [...wanted] } },
      draft: Boolean(config.versions),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const titleField = config.admin?.useAsTitle
    for (const doc of found) {
      const title = titleField ? (doc as unknown as Row)[titleField] : undefined
      const named = typeof title === 'string' && title.trim() && titleField !== 'id'
      titles.set(
        `${collection}:${doc.id}`,
        named ? title : `(untitled ${singularOf(req, collection)})`,
      )
    }
  }
  return {
    title: (collection, id) =>
      titles.get(`${collection}:${id}`) ?? `(deleted ${singularOf(req, collection)})`,
    singular: (collection) => singularOf(req, collection),
  }
}
