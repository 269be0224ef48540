import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { Release } from '../payload-types'

import { UnmetRequirementsError } from '../errors'
import { tryPin } from '../scheduling/pins'
import { describeIn } from '../shared/describe'
import { relationId } from '../shared/relations'
import { parseInput } from '../validation/parseInput'
import { findLatest } from '../workflow/documents'
import {
  ARTICLE_LINKS,
  REVIEWABLE_COLLECTIONS,
  type ReviewableCollection,
} from '../workflow/states'
import { collectionLabel } from './itemWords'
import { itemFields, type ReleaseItem, writeRelease } from './releaseRecord'

export const releaseItemBodySchema = z.object({
  collection: z.enum(REVIEWABLE_COLLECTIONS, {
    message: `One of: ${REVIEWABLE_COLLECTIONS.join(', ')}`,
  }),
  id: z.string({ message: 'Give the document id' }).trim().min(1).max(64),
  includeLinked: z.boolean().optional(),
})

export type ItemOutcome = {
  collection: ReviewableCollection
  id: string
  title: string
  pinned: boolean
  /** Why it is not pinned yet, or why it was left out. */
  note?: string
}

const sameItem = (item: ReleaseItem, collection: string, id: string) =>
  item.collectionSlug === collection && item.documentId === id

/** The article's linked documents that have something to publish (their latest is not live). */
const linkedToRelease = async (req: PayloadRequest, articleId: string) => {
  const article = await findLatest(req, 'articles', articleId)
  const linked: { collection: ReviewableCollection; id: string }[] = []
  for (const link of ARTICLE_LINKS) {
    for (const value of (article[link.field] as unknown[] | undefined) ?? []) {
      const id = relationId(value)
      if (id) linked.push({ collection: link.collection, id: String(id) })
    }
  }
  return linked
}

/**
 * POST /api/releases/{id}/items { collection, id, includeLinked? }: adds the document (and, for an
 * article with includeLinked, its FAQs, comparison rows and references that have an unpublished
 * version), each pinned to its current signature when it is approved (otherwise when locked).
 * A document whose latest version is live has nothing to release: refused (409).
 */
export const addItems = async (
  req: PayloadRequest,
  release: Release,
  input: unknown,
): Promise<{ release: Release; added: ItemOutcome[]; skipped: ItemOutcome[] }> => {
  const body = parseInput(releaseItemBodySchema, input)
  const wanted = [{ collection: body.collection, id: body.id }]
  if (body.includeLinked && body.collection === 'articles') {
    wanted.push(...(await linkedToRelease(req, body.id)))
  }
  const items = [...(release.items ?? [])]
  const added: ItemOutcome[] = []
  const skipped: ItemOutcome[] = []
  for (const { collection, id } of wanted) {
    const doc = await findLatest(req, collection, id)
    const title = describeIn(req, collection, doc)
    const isLinked = !(collection === body.collection && id === body.id)
    if (items.some((item) => sameItem(item, collection, id))) {
      skipped.push({ collection, id, title, pinned: false, note: 'already in the release' })
      continue
    }
    if (doc._status === 'published') {
      if (!isLinked) {
        throw new UnmetRequirementsError('Cannot add the item', [
          `${collectionLabel(req, collection)} "${title}" is live and has no newer version: there is nothing to release`,
        ])
      }
      skipped.push({ collection, id, title, pinned: false, note: 'already live, nothing new' })
      continue
    }
    const { pin, problem } = await tryPin(req, collection, id)
    items.push({ collectionSlug: collection, documentId: id, title, ...itemFields(pin) })
    added.push({ collection, id, title, pinned: Boolean(pin), note: problem })
  }
  return { release: await writeRelease(req, release.id, { items }), added, skipped }
}

const keyOf = (collection: string, id: string) => `${collection}:${id}`

/** The linked documents in the release that only this article, of the release's articles, links. */
const linkedOnlyBy = async (
  req: PayloadRequest,
  items: ReleaseItem[],
  articleId: string,
): Promise<Set<string>> => {
  const theirs = new Set(
    (await linkedToRelease(req, articleId)).map((link) => keyOf(link.collection, link.id)),
  )
  for (const other of items) {
    if (other.collectionSlug !== 'articles' || other.documentId === articleId) continue
    for (const link of await linkedToRelease(req, other.documentId)) {
      theirs.delete(keyOf(link.collection, link.id))
    }
  }
  return theirs
}

/**
 * DELETE /api/releases/{id}/items/{collection}/{documentId}. An article takes along the linked
 * documents in the release that no other article of the release links to (as adding it with
 * includeLinked brought them); `removed` lists every item taken out, the asked one first.
 */
export const removeItem = async (
  req: PayloadRequest,
  release: Release,
  collection: string,
  id: string,
): Promise<{ release: Release; removed: ItemOutcome[] }> => {
  const items = release.items ?? []
  const asked = items.find((item) => sameItem(item, collection, id))
  if (!asked) {
    throw new UnmetRequirementsError('Cannot remove the item', [
      `${collection} ${id} is not in the release "${release.title}"`,
    ])
  }
  const along = collection === 'articles' ? await linkedOnlyBy(req, items, id) : new Set<string>()
  const leaving = (item: ReleaseItem) =>
    item === asked || along.has(keyOf(item.collectionSlug, item.documentId))
  const removed = [asked, ...items.filter((item) => item !== asked && leaving(item))].map(
    (item) => ({
      collection: item.collectionSlug as ReviewableCollection,
      id: item.documentId,
      title: item.title ?? item.documentId,
      pinned: Boolean(item.versionId),
    }),
  )
  return {
    release: await writeRelease(req, release.id, { items: items.filter((item) => !leaving(item)) }),
    removed,
  }
}

/**
 * Pins every item not pinned yet to its current signature; refuses (409, every reason) when an
 * item cannot be pinned. Items already pinned keep their pins.
 */
export const pinAllItems = async (
  req: PayloadRequest,
  release: Release,
  action: 'locked' | 'published' = 'locked',
): Promise<ReleaseItem[]> => {
  const problems: string[] = []
  const items: ReleaseItem[] = []
  for (const item of release.items ?? []) {
    if (item.signature) {
      items.push(item)
      continue
    }
    const collection = item.collectionSlug as ReviewableCollection
    const { pin, problem } = await tryPin(req, collection, item.documentId)
    if (!pin) problems.push(`${collectionLabel(req, collection)} "${item.title}": ${problem}`)
    items.push({ ...item, ...itemFields(pin) })
  }
  if (!items.length) problems.push('the release has no items; add documents first')
  if (problems.length) {
    throw new UnmetRequirementsError(`The release "${release.title}" cannot be ${action}`, problems)
  }
  return items
}
