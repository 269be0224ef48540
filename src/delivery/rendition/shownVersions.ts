import type { PayloadRequest, Where } from 'payload'

import { pinKey } from '../../workflow/signatures'

/** What an article's page shows besides the article: its linked documents, disclaimer and drugs. */
export type ShownCollection = 'faqs' | 'comparison-rows' | 'references' | 'disclaimers' | 'drugs'

type ShownDoc = Record<string, unknown>

/** Which version of each shown document a rendition puts on the page (undefined: none). */
export type ShownVersions = (
  collection: ShownCollection,
  id: string,
) => Promise<ShownDoc | undefined>

const latest = async (req: PayloadRequest, collection: ShownCollection, id: string) =>
  ((await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    disableErrors: true,
    req,
  })) ?? undefined) as ShownDoc | undefined

// The main document holds the live version (Payload keeps drafts in the versions only).
const live = async (req: PayloadRequest, collection: ShownCollection, id: string) => {
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    disableErrors: true,
    req,
  })) as ShownDoc | null
  return doc && (collection === 'drugs' || doc._status === 'published') ? doc : undefined
}

const versionAsOf = async (
  req: PayloadRequest,
  collection: Exclude<ShownCollection, 'drugs'>,
  id: string,
  at: string,
  extra: Where[] = [],
) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: at } }, ...extra] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0] ? ({ ...docs[0].version, id } as ShownDoc) : undefined
}

/**
 * At sign-off: what the page would show once the linked documents signed with it (or before it)
 * are live, i.e. their latest versions, and the live disclaimer (its latest while none is live).
 */
export const latestShown =
  (req: PayloadRequest): ShownVersions =>
  async (collection, id) =>
    collection === 'drugs' || collection === 'disclaimers'
      ? ((await live(req, collection, id)) ?? (await latest(req, collection, id)))
      : latest(req, collection, id)

/**
 * At publication: what readers would get, i.e. the live versions, and the latest version of what
 * goes live in the same transaction (`goingLive`, keyed `collection:id`).
 */
export const liveShown =
  (req: PayloadRequest, goingLive: ReadonlySet<string> = new Set()): ShownVersions =>
  async (collection, id) =>
    goingLive.has(pinKey(collection, id)) ? latest(req, collection, id) : live(req, collection, id)

/** For the signed copy: the versions there were at signing (`at`), as sign-off chose them. */
export const shownAsOf =
  (req: PayloadRequest, at: string): ShownVersions =>
  async (collection, id) => {
    if (collection === 'drugs') return live(req, collection, id)
    if (collection === 'disclaimers') {
      const published = [{ 'version._status': { equals: 'published' } }]
      return (
        (await versionAsOf(req, collection, id, at, published)) ??
        (await versionAsOf(req, collection, id, at))
      )
    }
    return versionAsOf(req, collection, id, at)
  }
