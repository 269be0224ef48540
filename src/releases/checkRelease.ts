import type { PayloadRequest } from 'payload'

import type { Release } from '../payload-types'

import { targetOf, tryPin } from '../scheduling/pins'
import { pinnedChecklist } from '../workflow/publication/checklist'
import { type Unmet, unmetOf } from '../workflow/publication/unmet'
import { pinKey } from '../workflow/signatures'
import { type ReviewableCollection } from '../workflow/states'
import { pinOfItem } from './releaseRecord'

export type ItemCheck = {
  collection: ReviewableCollection
  id: string
  title: string
  pinned: { signature: string; versionId: string } | null
  blockers: Unmet[]
}

export type ReleaseCheck = {
  id: string
  title: string
  state: string
  ready: boolean
  items: ItemCheck[]
}

/**
 * What blocks each item of the release now: the publish gate's requirements for its pinned
 * snapshot, counting the release's other items as live (they go live in the same transaction).
 * An item not pinned yet is judged on what it would be pinned to.
 */
export const checkRelease = async (
  req: PayloadRequest,
  release: Release,
  now = new Date(),
): Promise<ReleaseCheck> => {
  const items = release.items ?? []
  const goingLive = new Set(items.map((item) => pinKey(item.collectionSlug, item.documentId)))
  const checks: ItemCheck[] = []
  for (const item of items) {
    const collection = item.collectionSlug as ReviewableCollection
    const attempt = pinOfItem(item)
      ? { pin: pinOfItem(item) }
      : await tryPin(req, collection, item.documentId)
    const blockers = attempt.pin
      ? unmetOf(await pinnedChecklist(req, targetOf(attempt.pin, goingLive), { now }))
      : [{ requirement: 'approved', message: attempt.problem ?? 'it is not approved' }]
    checks.push({
      collection,
      id: item.documentId,
      title: item.title ?? item.documentId,
      pinned: pinOfItem(item)
        ? { signature: String(pinOfItem(item)!.signature), versionId: item.versionId! }
        : null,
      blockers,
    })
  }
  return {
    id: String(release.id),
    title: release.title,
    state: release.state ?? 'open',
    ready: checks.length > 0 && checks.every((check) => !check.blockers.length),
    items: checks,
  }
}

/** Each blocker as one line naming its item. */
export const blockerLines = (check: ReleaseCheck): string[] => [
  ...(check.items.length ? [] : ['the release has no items; add documents first']),
  ...check.items.flatMap((item) =>
    item.blockers.map((blocker) => `${item.collection} "${item.title}": ${blocker.message}`),
  ),
]
