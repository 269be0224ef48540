import type { PayloadRequest } from 'payload'

import type { RenderedJson } from './pageCache'

export type StoredPage = RenderedJson & { cacheKeys: string[] }

/** The stored page of a slug, as the bytes and ETag to send; null when no live article has it. */
export const storedPage = async (req: PayloadRequest, slug: string): Promise<StoredPage | null> => {
  const { docs } = await req.payload.find({
    collection: 'delivered-pages',
    where: { slug: { equals: slug } },
    select: { body: true, etag: true, dependsOn: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const page = docs[0]
  return page
    ? {
        body: new TextEncoder().encode(page.body),
        etag: page.etag,
        cacheKeys: page.dependsOn ?? [],
      }
    : null
}
