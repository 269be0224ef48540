import type { CollectionSlug, Payload } from 'payload'

/** A collection's singular label as the admin shows it ("FAQ", "Comparison row"); else its slug. */
export const singularLabelOf = (payload: Payload, collection: string): string => {
  const label = payload.collections[collection as CollectionSlug]?.config.labels?.singular
  return typeof label === 'string' ? label : collection
}
