import type { PayloadRequest } from 'payload'

import type { Release } from '../payload-types'

import { targetOf, tryPin } from '../scheduling/pins'
import { judgePublication } from '../workflow/publication/judge'
import { loadPublicationFacts } from '../workflow/publication/loadFacts'
import { pinKey } from '../workflow/signatures'
import { type ReviewableCollection } from '../workflow/states'
import { collectionLabel, type ItemIdentity, stateWords, workflowStateOf } from './itemWords'
import { type ReleaseItem, pinOfItem } from './releaseRecord'
import { PUBLISHABLE_RELEASE_STATES, type ReleaseState } from './states'

/** One thing that stops an item going live: the checklist's label and what to do about it. */
export type Blocker = { requirement: string; label: string; message: string }

/** `workflowState`: the state of the version the release would publish (the pinned one once pinned). */
export type ItemCheck = ItemIdentity & {
  pinned: { signature: string; versionId: string } | null
  blockers: Blocker[]
}

export type ReleaseCheck = {
  id: string
  title: string
  state: string
  ready: boolean
  /** Why Publish is refused now, one line each (empty when it would go ahead). */
  publishBlockedBy: string[]
  items: ItemCheck[]
}

/**
 * An item's blockers, by the publication judge (src/workflow/publication/judge.ts): the pinned
 * snapshot's checklist once pinned; before that the latest version's, and why it cannot be
 * pinned yet when the checklist does not already say so (the release pins approved content only).
 */
const checkItem = async (
  req: PayloadRequest,
  item: ReleaseItem,
  goingLive: ReadonlySet<string>,
  now: Date,
): Promise<ItemCheck> => {
  const collection = item.collectionSlug as ReviewableCollection
  const pin = pinOfItem(item)
  const attempt = pin ? { pin } : await tryPin(req, collection, item.documentId)
  const target = attempt.pin
    ? targetOf(attempt.pin, goingLive)
    : { collection, id: item.documentId, goingLive }
  const facts = await loadPublicationFacts(req, target, { now })
  const blockers: Blocker[] = judgePublication(facts).checklist.flatMap((entry) =>
    entry.problems.map((message) => ({
      requirement: entry.requirement,
      label: entry.label,
      message,
    })),
  )
  const state = workflowStateOf(facts.base?.state)
  const stateOrSignature = blockers.some((blocker) =>
    ['approved', 'signed-off'].includes(blocker.requirement),
  )
  if (attempt.problem && !stateOrSignature) {
    blockers.unshift({
      requirement: 'approved',
      label: stateWords(state),
      message: attempt.problem,
    })
  }
  return {
    collection,
    collectionLabel: collectionLabel(req, collection),
    id: item.documentId,
    title: item.title ?? item.documentId,
    workflowState: state,
    stateWords: stateWords(state),
    pinned: pin ? { signature: pin.signature, versionId: pin.versionId } : null,
    blockers,
  }
}

/** Each blocker as one line naming its item: the release's 409 and the panel's reasons. */
export const blockerLines = (check: Pick<ReleaseCheck, 'items'>): string[] => [
  ...(check.items.length ? [] : ['the release has no items; add documents first']),
  ...check.items.flatMap((item) =>
    item.blockers.map((blocker) => `${item.collectionLabel} "${item.title}": ${blocker.message}`),
  ),
]

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
  for (const item of items) checks.push(await checkItem(req, item, goingLive, now))
  const state = (release.state ?? 'open') as ReleaseState
  const lines = blockerLines({ items: checks })
  return {
    id: String(release.id),
    title: release.title,
    state,
    ready: lines.length === 0,
    publishBlockedBy: PUBLISHABLE_RELEASE_STATES.includes(state)
      ? lines
      : [`the release is ${state}; only an open, locked or failed release publishes`],
    items: checks,
  }
}
