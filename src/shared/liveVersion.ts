import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The live (main) document as stored, whatever the latest draft says: hooks see the latest
 * version as `originalDoc`, so what is live must be read from the main row.
 */
export const readLiveVersion = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<(Record<string, unknown> & { _status?: string }) | null> =>
  (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as
    (Record<string, unknown> & { _status?: string }) | null
