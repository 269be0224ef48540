import type { PayloadRequest } from 'payload'

import type { Release } from '../payload-types'

import { requireRoleFor } from '../access/allowed'
import { ConflictError } from '../errors'
import { type Pin } from '../scheduling/pins'
import { relationId } from '../shared/relations'
import { type ReviewableCollection } from '../workflow/states'
import { type ReleaseState } from './states'
import { clearContext, writeContext } from '../shared/requestContext'

export type ReleaseItem = NonNullable<Release['items']>[number]

/** Editors and admins manage releases: every release action has the same role in the policy. */
export const requireReleaseManager = (req: PayloadRequest): void =>
  requireRoleFor(req, 'release-check')

export const findRelease = (req: PayloadRequest, id: string): Promise<Release> =>
  req.payload.findByID({ collection: 'releases', id, depth: 0, req })

export const writeRelease = async (
  req: PayloadRequest,
  id: number | string,
  data: Partial<Release>,
): Promise<Release> => {
  writeContext(req, 'releaseWrite', true)
  try {
    return await req.payload.update({
      collection: 'releases',
      id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    clearContext(req, 'releaseWrite')
  }
}

export const requireReleaseState = (
  release: Release,
  allowed: readonly ReleaseState[],
  action: string,
): void => {
  const state = (release.state ?? 'open') as ReleaseState
  if (!allowed.includes(state)) {
    throw new ConflictError(
      `Cannot ${action}: the release "${release.title}" is ${state}; that needs it ${allowed.join(' or ')}.`,
    )
  }
}

/** The item's pin, once it has one (items added before sign-off are pinned when locked). */
export const pinOfItem = (item: ReleaseItem): Pin | undefined =>
  item.signature && item.versionId && item.contentHash
    ? {
        collection: item.collectionSlug as ReviewableCollection,
        documentId: item.documentId,
        signature: String(relationId(item.signature)),
        versionId: item.versionId,
        contentHash: item.contentHash,
      }
    : undefined

export const itemFields = (pin: Pin | undefined) => ({
  signature: pin?.signature ?? null,
  versionId: pin?.versionId ?? null,
  contentHash: pin?.contentHash ?? null,
})
