import type { PayloadRequest } from 'payload'

import type { Release } from '../payload-types'

import { UnmetRequirementsError } from '../errors'
import { allOrNothing } from '../scheduling/allOrNothing'
import { publishPinned } from '../scheduling/publishPinned'
import { describeIn } from '../shared/describe'
import { readLiveVersion } from '../shared/liveVersion'
import { queueWebhookDeliveries } from '../webhooks/events'
import { recordAudit } from '../workflow/audit'
import { blockerLines, checkRelease } from './checkRelease'
import { pinAllItems } from './releaseItems'
import { findRelease, pinOfItem, requireReleaseState, writeRelease } from './releaseRecord'
import { PUBLISHABLE_RELEASE_STATES } from './states'
import { clearContext, writeContext } from '../shared/requestContext'

/** Children before the articles that link them, so the gate sees them live. */
const articlesLast = <T extends { collectionSlug: string }>(items: T[]): T[] => [
  ...items.filter((item) => item.collectionSlug !== 'articles'),
  ...items.filter((item) => item.collectionSlug === 'articles'),
]

const announce = async (req: PayloadRequest, release: Release) => {
  const items = []
  for (const item of release.items ?? []) {
    const collection = item.collectionSlug as Parameters<typeof readLiveVersion>[1]
    const live = await readLiveVersion(req, collection, item.documentId)
    items.push({
      collection: item.collectionSlug,
      id: item.documentId,
      ...(typeof live?.slug === 'string' ? { slug: live.slug } : {}),
      title: live ? describeIn(req, item.collectionSlug as never, live) : (item.title ?? undefined),
    })
  }
  await queueWebhookDeliveries(req, {
    event: 'release.published',
    collection: 'releases',
    id: String(release.id),
    title: release.title,
    items,
    occurredAt: new Date().toISOString(),
  })
}

/**
 * Publishes every item of the release at its pinned signature, in one transaction: all go live
 * or none (409 listing each blocker). Without database transactions it refuses before anything.
 */
export const publishRelease = async (req: PayloadRequest, releaseId: string): Promise<Release> => {
  const published = await allOrNothing(
    req,
    async () => {
      const release = await findRelease(req, releaseId)
      requireReleaseState(release, PUBLISHABLE_RELEASE_STATES, 'publish it')
      const pinned = { ...release, items: await pinAllItems(req, release, 'published') }
      const check = await checkRelease(req, pinned)
      if (!check.ready) {
        throw new UnmetRequirementsError(
          `The release "${release.title}" cannot be published; nothing was published`,
          blockerLines(check),
        )
      }
      // The items go live one by one but are announced once for all.
      writeContext(req, 'announcedTogether', true)
      try {
        for (const item of articlesLast(pinned.items)) {
          await publishPinned(req, pinOfItem(item)!, {
            audit: { releaseId: release.id },
            via: 'release',
          })
        }
      } finally {
        clearContext(req, 'announcedTogether')
      }
      const done = await writeRelease(req, release.id, {
        items: pinned.items,
        state: 'published',
        problems: null,
        publishedAt: new Date().toISOString(),
        publishedBy: req.user ? (req.user.id as string) : null,
      })
      await recordAudit(req, {
        action: 'release-published',
        collectionSlug: 'releases',
        documentId: String(release.id),
        comment: `Published the release "${release.title}" (${pinned.items.length} documents)`,
        details: {
          items: pinned.items.map((item) => ({
            collection: item.collectionSlug,
            id: item.documentId,
            signatureId: pinOfItem(item)!.signature,
          })),
        },
      })
      await announce(req, done)
      return done
    },
    { required: true },
  )
  return published
}
