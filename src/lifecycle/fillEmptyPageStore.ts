import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { checkStoredPages, rebuildStoredPages } from '../delivery/storedPagesCheck'

/**
 * The first start after upgrading to stored delivery pages finds live articles and no pages:
 * render them, or every page would answer 404 until an operator ran the rebuild. Instances that
 * start together may race to store the same page: the loser checks the store and tries again.
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
  for (let attempt = 1; ; attempt += 1) {
    try {
      const rendered = await rebuildStoredPages(await createLocalReq({}, payload))
      payload.logger.info(`Rendered ${rendered} delivery page(s) into the empty page store.`)
      return
    } catch (error) {
      // Another instance starting at the same time may have stored the same pages first.
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
      const problems = await checkStoredPages(await createLocalReq({}, payload)).catch(
        () => undefined,
      )
      if (problems?.length === 0) return
      if (attempt === 3) {
        payload.logger.warn(
          `Could not fill the empty page store (${(error as Error).message}); ${problems?.length ?? 'some'} page(s) differ. Run npm run delivery:rebuild.`,
        )
        return
      }
    }
  }
}
