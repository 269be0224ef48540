import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { inTransaction } from '../workflow/inTransaction'
import { checkRelease } from './checkRelease'
import { publishRelease } from './publishRelease'
import { addItems, pinAllItems, removeItem } from './releaseItems'
import {
  findRelease,
  requireReleaseManager,
  requireReleaseState,
  writeRelease,
} from './releaseRecord'
import { EDITABLE_RELEASE_STATES, PUBLISHABLE_RELEASE_STATES } from './states'

type Handler = (req: PayloadRequest, id: string) => Promise<unknown>

/** /api/releases/{id}/…: editors and admins; writes in one transaction where there are some. */
const releaseEndpoint = (
  method: 'delete' | 'get' | 'post',
  path: string,
  handle: Handler,
): Endpoint => ({
  path: `/:id${path}`,
  method,
  handler: async (req) => {
    requireReleaseManager(req)
    if (method === 'post') await addDataAndFileToRequest(req)
    const id = String(req.routeParams?.id)
    const result =
      method === 'get' ? await handle(req, id) : await inTransaction(req, () => handle(req, id))
    return Response.json(result)
  },
})

export const releaseEndpoints: Endpoint[] = [
  releaseEndpoint('get', '/check', async (req, id) =>
    checkRelease(req, await findRelease(req, id)),
  ),
  releaseEndpoint('post', '/items', async (req, id) => {
    const release = await findRelease(req, id)
    requireReleaseState(release, EDITABLE_RELEASE_STATES, 'add items')
    return addItems(req, release, req.data)
  }),
  // Not `:collection`: Payload's own route parameter already names the collection (releases).
  releaseEndpoint('delete', '/items/:itemCollection/:itemId', async (req, id) => {
    const release = await findRelease(req, id)
    requireReleaseState(release, EDITABLE_RELEASE_STATES, 'remove items')
    return {
      release: await removeItem(
        req,
        release,
        String(req.routeParams?.itemCollection),
        String(req.routeParams?.itemId),
      ),
    }
  }),
  releaseEndpoint('post', '/lock', async (req, id) => {
    const release = await findRelease(req, id)
    requireReleaseState(release, EDITABLE_RELEASE_STATES, 'lock it')
    const items = await pinAllItems(req, release)
    return { release: await writeRelease(req, release.id, { items, state: 'locked' }) }
  }),
  releaseEndpoint('post', '/cancel', async (req, id) => {
    const release = await findRelease(req, id)
    requireReleaseState(release, PUBLISHABLE_RELEASE_STATES, 'cancel it')
    return { release: await writeRelease(req, release.id, { state: 'cancelled' }) }
  }),
  // Not wrapped in the endpoint's transaction: the release opens its own, which it must have.
  {
    path: '/:id/publish',
    method: 'post',
    handler: async (req) => {
      requireReleaseManager(req)
      const release = await publishRelease(req, String(req.routeParams?.id))
      return Response.json({
        release,
        message: `Published ${release.items?.length ?? 0} documents.`,
      })
    },
  },
]
