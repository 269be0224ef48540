import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { rebuildStoredPages } from '../delivery/storedPagesCheck'

/**
 * The first start after upgrading to stored delivery pages finds live articles and no pages:
 * render them, or every page would answer 404 until an operator ran the rebuild.
 */
export const fillEmptyPageStore = async (payload: Payload): Promise<void> => {
  const { totalDocs: stored } = await payload.count({
    collection: 'delivered-pages',
    overrideAccess: true,
  })
  if (stored > 0) return
  const { totalDocs: live } = await payload.count({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    overrideAccess: true,
  })
  if (live === 0) return
  const rendered = await rebuildStoredPages(await createLocalReq({}, payload))
  payload.logger.info(`Rendered ${rendered} delivery page(s) into the empty page store.`)
}
