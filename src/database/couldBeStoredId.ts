import type { CollectionSlug, Payload } from 'payload'

import { isValidID } from 'payload'

/**
 * Whether `id` has a shape the collection's ids can take. On MongoDB a default id is an ObjectId
 * and a query naming any other string fails to cast (a 500), where SQLite simply finds nothing.
 */
export const couldBeStoredId = (
  payload: Payload,
  collection: CollectionSlug,
  id: string,
): boolean => {
  const type = payload.collections[collection]?.customIDType ?? payload.db.defaultIDType
  if (type === 'number') return /^\d{1,15}$/.test(id)
  if (payload.db.name === 'mongoose' && !payload.collections[collection]?.customIDType) {
    return isValidID(id, 'ObjectID')
  }
  return isValidID(id, type)
}
