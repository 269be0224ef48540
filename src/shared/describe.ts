import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/** How people name a document: the field its collection shows as the title (`admin.useAsTitle`). */
export const describeDoc = (collection: Pick<CollectionConfig, 'admin'>, doc: object): string => {
  const fields = doc as Record<string, unknown>
  return String(fields[collection.admin?.useAsTitle ?? 'id'] ?? fields.id)
}

/** The same, for a collection known by its slug. */
export const describeIn = (req: PayloadRequest, collection: CollectionSlug, doc: object): string =>
  describeDoc(req.payload.collections[collection].config, doc)
