import type { PayloadRequest } from 'payload'

import { encodePage } from './pageEncodings'
import { writePageBytes } from './storedPageBytes'

/**
 * Gives pages stored before their encodings were kept (the upgrade's migration) their bytes, from
 * the body as stored: the pages' content and ETags do not change.
 */
export const encodeStoredPages = async (req: PayloadRequest): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: 'delivered-pages',
    select: { slug: true, body: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const page of docs) {
    await writePageBytes(req, page.slug, encodePage(new TextEncoder().encode(page.body)))
  }
  return docs.length
}
