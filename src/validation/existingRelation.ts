import type { CollectionSlug, Validate } from 'payload'

import { couldBeStoredId } from '../database/couldBeStoredId'

type ExistingRelationWords = { missing: string; notOne: string; unknown: (value: string) => string }

/**
 * A single relationship that must name a stored document. Payload only checks the id's type, so
 * an unknown id (or a name, or a list) reached the insert and failed there as a 500 (SQLite's
 * foreign key, MongoDB's cast); this refuses it first, as a 400 naming the field.
 */
export const existingRelation =
  (relationTo: CollectionSlug, words: ExistingRelationWords): Validate =>
  async (value, { req }) => {
    if (value === undefined || value === null || value === '') return words.missing
    if (typeof value !== 'string' && typeof value !== 'number') return words.notOne
    const id = String(value)
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id
    if (!couldBeStoredId(req.payload, relationTo, id)) return words.unknown(shown)
    const { totalDocs } = await req.payload.count({
      collection: relationTo,
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0 || words.unknown(shown)
  }
