import type { PayloadRequest } from 'payload'

import type { RenderedJson } from './pageCache'

/** The stored page of a slug, as the bytes and ETag to send; null when no live article has it. */
export const storedPage = async (
  req: PayloadRequest,
  slug: string,
): Promise<RenderedJson | null> => {
  const { docs } = await req.payload.find({
    collection: 'delivered-pages',
    where: { slug: { equals: slug } },
    select: { body: true, etag: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const page = docs[0]
  return page ? { body: new TextEncoder().encode(page.body), etag: page.etag } : null
}
