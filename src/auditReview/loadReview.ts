import type { CollectionSlug, PayloadRequest } from 'payload'

import type { AuditLog, AuditReview } from '../payload-types'
import type { AuditPeriod } from './period'
import type { AuditReviewAnswer, ReviewSignature } from './schemas'

import { couldBeStoredId } from '../database/couldBeStoredId'
import { singularLabelOf } from '../shared/collectionLabel'
import { describeIn } from '../shared/describe'
import { relationId } from '../shared/relations'
import { peopleNames } from '../workflow/peopleNames'
import { AUDIT_REVIEWS } from './collection'
import { documentKey, type EntryFacts, groupEntries } from './groupEntries'
import { entriesHash, periodEntries } from './periodEntries'

/** The title of each document the entries are about that still exists, by `collection/id`. */
const titlesOf = async (req: PayloadRequest, entries: AuditLog[]): Promise<Map<string, string>> => {
  const idsByCollection = new Map<string, Set<string>>()
  for (const { collectionSlug, documentId } of entries) {
    if (!collectionSlug || !documentId || !(collectionSlug in req.payload.collections)) continue
    // An entry may name what no collection could hold (a removed account's old key, a hand-made id).
    if (!couldBeStoredId(req.payload, collectionSlug as CollectionSlug, documentId)) continue
    idsByCollection.set(
      collectionSlug,
      (idsByCollection.get(collectionSlug) ?? new Set()).add(documentId),
    )
  }
  const titles = new Map<string, string>()
  for (const [collection, ids] of idsByCollection) {
    const slug = collection as CollectionSlug
    const { docs } = await req.payload.find({
      collection: slug,
      where: { id: { in: [...ids] } },
      depth: 0,
      pagination: false,
      // The latest version: what the document is called now, published or not.
      draft: Boolean(req.payload.collections[slug].config.versions),
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      titles.set(documentKey(collection, String(doc.id)), describeIn(req, slug, doc))
    }
  }
  return titles
}

const factsOf = async (req: PayloadRequest, entries: AuditLog[]): Promise<EntryFacts> => {
  const actors = [...new Set(entries.map((entry) => relationId(entry.actor)))].filter(
    (id): id is string => Boolean(id),
  )
  const names = new Map((await peopleNames(req, actors)).map(({ id, name }) => [id, name]))
  return {
    names,
    titles: await titlesOf(req, entries),
    collectionLabel: (collection) => singularLabelOf(req.payload, collection),
  }
}

export const signatureOf = (review: AuditReview): ReviewSignature => ({
  id: String(review.id),
  from: review.from,
  to: review.to,
  signedBy: relationId(review.signer) ?? '',
  printedName: review.printedName,
  meaning: review.meaning,
  signedAt: new Date(review.signedAt).toISOString(),
  entriesHash: review.entriesHash,
  entryCount: review.entryCount,
  documentCount: review.documentCount,
})

/** The signed review of exactly this period, if there is one. */
export const signedReviewOf = async (
  req: PayloadRequest,
  period: AuditPeriod,
): Promise<AuditReview | undefined> => {
  const { docs } = await req.payload.find({
    collection: AUDIT_REVIEWS,
    where: { period: { equals: period.key } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** The audit-trail review of a period: its entries grouped by document, counts, signature. */
export const loadReview = async (
  req: PayloadRequest,
  period: AuditPeriod,
): Promise<AuditReviewAnswer> => {
  const entries = await periodEntries(req, period)
  const hash = entriesHash(entries)
  const signed = await signedReviewOf(req, period)
  return {
    period: { from: period.from, to: period.to, start: period.start, end: period.end },
    ...groupEntries(entries, await factsOf(req, entries)),
    entriesHash: hash,
    signed: signed ? { ...signatureOf(signed), unchanged: signed.entriesHash === hash } : null,
  }
}
