import type { PayloadRequest } from 'payload'

import type { Signature } from '../../payload-types'

import { judge } from '../../access/policy'
import { settingsOf } from '../../config/settings'
import { storedVersion } from '../storedVersions'
import { describeIn } from '../../shared/describe'
import { readLiveVersion } from '../../shared/liveVersion'
import { relationId } from '../../shared/relations'
import { authorsFromHistory } from '../authorship'
import { contentHash, readerContentHash } from '../contentHash'
import { findLatest, type ReviewableDoc } from '../documents'
import { type UpdateLogEntry } from '../publicationKind'
import { loadRequirementFacts } from '../requirements'
import { pinKey, signatureById, signatureForPublication } from '../signatures'
import {
  ARTICLE_LINKS,
  CARRIES_DISCLAIMER,
  type ReviewableCollection,
  type WorkflowState,
} from '../states'
import type {
  BaseFacts,
  LiveFacts,
  PendingLink,
  PinnedFacts,
  PublicationFacts,
  RiskFacts,
  SignatureFacts,
} from './facts'
import { highRiskReasons } from '../risk/load'

/** A signed snapshot a schedule or a release publishes: exactly this version, on this signature. */
export type PinTarget = { signature: string; versionId: string; contentHash: string }

/** `collection:id` keys (signatures.ts `pinKey`) of documents going live in the same transaction. */
export type GoingLive = ReadonlySet<string>

export type PublicationTarget = {
  collection: ReviewableCollection
  id: string
  pin?: PinTarget
  /** The version as the save will leave it (the guard's case); otherwise the latest is read. */
  doc?: Partial<ReviewableDoc>
  goingLive?: GoingLive
}

const signatureFacts = (signature: Signature | undefined): SignatureFacts | null =>
  signature
    ? {
        id: String(signature.id),
        reviewerId: relationId(signature.reviewer),
        contentHash: signature.contentHash,
        signedAt: signature.signedAt,
        printedName: signature.printedName,
        specialty: signature.specialtyCredential?.trim() || null,
        countersigns: relationId(signature.countersigns),
      }
    : null

const riskFacts = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  signature: Signature | undefined,
): Promise<RiskFacts> => {
  const reasons = await highRiskReasons(req, collection, doc)
  const firstId = reasons.length ? relationId(signature?.countersigns) : undefined
  return { reasons, first: firstId ? signatureFacts(await signatureById(req, firstId)) : null }
}

const disclaimerFacts = async (
  req: PayloadRequest,
  doc: Partial<ReviewableDoc>,
): Promise<BaseFacts['disclaimer']> => {
  const disclaimerId = relationId(doc.disclaimer)
  if (!disclaimerId) return { attached: false }
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'disclaimers',
    where: { id: { equals: disclaimerId } },
    depth: 0,
    limit: 1,
    req,
  })
  if (!docs[0]) return { attached: true, found: false }
  return {
    attached: true,
    found: true,
    title: docs[0].title,
    published: docs[0]._status === 'published',
  }
}

const pendingLinks = async (
  req: PayloadRequest,
  doc: Partial<ReviewableDoc>,
  goingLive: GoingLive,
): Promise<PendingLink[]> => {
  const pending: PendingLink[] = []
  for (const link of ARTICLE_LINKS) {
    const ids = ((doc[link.field] as unknown[] | undefined) ?? [])
      .map(relationId)
      .filter((id): id is string => Boolean(id) && !goingLive.has(pinKey(link.collection, id)))
    if (!ids.length) continue
    const { docs } = await req.payload.find({
      collection: link.collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      req,
    })
    const published = new Set(docs.map((linked) => String(linked.id)))
    const unpublished = ids.filter((id) => !published.has(id))
    if (!unpublished.length) continue
    const { docs: pendingDocs } = await req.payload.find({
      collection: link.collection,
      where: { id: { in: unpublished } },
      depth: 0,
      draft: true,
      pagination: false,
      req,
    })
    for (const linked of pendingDocs) {
      pending.push({
        collection: link.collection,
        name: describeIn(req, link.collection, linked),
        deleted: false,
      })
    }
    // SQLite drops a deleted document from the article's links; MongoDB keeps its id, and the
    // page would fail closed (503) at its first render.
    const found = new Set(pendingDocs.map((linked) => String(linked.id)))
    for (const id of unpublished.filter((pendingId) => !found.has(pendingId))) {
      pending.push({ collection: link.collection, name: id, deleted: true })
    }
  }
  return pending
}

const liveFacts = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string | undefined,
): Promise<LiveFacts | null> => {
  const stored = id ? await readLiveVersion(req, collection, id) : null
  if (stored?._status !== 'published') return null
  const fields = req.payload.collections[collection].config.flattenedFields
  return {
    contentHash: contentHash(stored, fields),
    readerHash: readerContentHash(stored, fields),
    lastSignatureId: relationId(stored.lastSignature),
    lastReviewedAt: stored.lastReviewedAt as string | null | undefined,
    nextReviewDue: stored.nextReviewDue as string | null | undefined,
    reviewReason: stored.reviewReason as string | null | undefined,
  }
}

/** The base checklist's facts about one version of a document, resting on `signature`. */
export const loadBaseFacts = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  { signature, goingLive = new Set() }: { signature: Signature | undefined; goingLive?: GoingLive },
): Promise<BaseFacts> => {
  const fields = req.payload.collections[collection].config.flattenedFields
  const id = doc.id ? String(doc.id) : undefined
  const signer = signature ? relationId(signature.reviewer) : undefined
  return {
    collection,
    title: describeIn(req, collection, doc),
    state: (doc.workflowState ?? 'draft') as WorkflowState,
    contentHash: contentHash(doc, fields),
    readerHash: readerContentHash(doc, fields),
    disclaimer: CARRIES_DISCLAIMER.includes(collection) ? await disclaimerFacts(req, doc) : null,
    signature: signatureFacts(signature),
    risk: await riskFacts(req, collection, doc, signature),
    // Only a signer is ever compared with the authors.
    authorIds: signer ? await authorsFromHistory(req, collection, doc) : [],
    pendingLinks: collection === 'articles' ? await pendingLinks(req, doc, goingLive) : null,
    requirements: await loadRequirementFacts(req, { collection, doc, signature, goingLive }),
    live: await liveFacts(req, collection, id),
    firstPublishedAt: doc.firstPublishedAt as string | null | undefined,
    updateLog: (doc.updateLog as UpdateLogEntry[] | undefined) ?? [],
  }
}

const withdrawnAfter = async (
  req: PayloadRequest,
  target: PublicationTarget,
  signature: Signature,
): Promise<string | null> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'audit-log',
    where: {
      and: [
        { action: { equals: 'withdraw' } },
        { collectionSlug: { equals: target.collection } },
        { documentId: { equals: target.id } },
        { at: { greater_than: signature.signedAt } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]?.at ?? null
}

const signerFacts = async (
  req: PayloadRequest,
  signature: Signature,
): Promise<PinnedFacts['signer']> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'users',
    where: { id: { equals: relationId(signature.reviewer) } },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0] ? { licenceExpiresAt: docs[0].licenceExpiresAt ?? null } : null
}

const pinnedLiveFacts = async (
  req: PayloadRequest,
  target: PublicationTarget,
  pin: PinTarget,
): Promise<PinnedFacts['live']> => {
  const live = await readLiveVersion(req, target.collection, target.id)
  if (live?._status !== 'published') return null
  const signatureId = relationId(live.lastSignature)
  const signature =
    signatureId && signatureId !== pin.signature ? await signatureById(req, signatureId) : undefined
  return { signatureId, signedAt: signature?.signedAt }
}

/**
 * Everything the publication rules ask, loaded once: the version that would go live (the
 * latest, the version a save leaves, or the pinned snapshot), the signature it rests on and, for
 * a pin, whether that signature still stands.
 */
export const loadPublicationFacts = async (
  req: PayloadRequest,
  target: PublicationTarget,
  { now = new Date() }: { now?: Date } = {},
): Promise<PublicationFacts> => {
  const common = {
    // The gate's "who": the policy's publish rule, by role (src/access/policy.ts).
    caller: req.user ? { mayPublish: judge('publish', req.user, {}, 'role').allowed } : null,
    reviewIntervalDays: settingsOf(req.payload).reviewIntervalDays,
    now: now.toISOString(),
  }
  const { collection, pin, goingLive } = target
  if (!pin) {
    const doc = target.doc ?? (await findLatest(req, collection, target.id))
    const signature = await signatureForPublication(req, collection, doc)
    return { ...common, base: await loadBaseFacts(req, collection, doc, { signature, goingLive }) }
  }
  const stored = await storedVersion(req, collection, target.id, pin.versionId)
  // An editor's risk tier is about the document: raised since the pin, it holds for the pin too.
  const riskTier = (
    await req.payload.findByID({
      collection,
      id: target.id,
      depth: 0,
      draft: true,
      disableErrors: true,
      req,
    })
  )?.riskTier
  const snapshot = stored
    ? { ...stored.version, id: target.id, ...(riskTier === 'high' ? { riskTier } : {}) }
    : undefined
  const signature = await signatureById(req, pin.signature)
  if (!snapshot || !signature) {
    return {
      ...common,
      base: null,
      pinned: {
        snapshotFound: Boolean(snapshot),
        signature: signatureFacts(signature),
        pinnedHash: pin.contentHash,
        snapshotHash: undefined,
        withdrawnAfterSigning: null,
        signer: null,
        live: null,
      },
    }
  }
  const fields = req.payload.collections[collection].config.flattenedFields
  return {
    ...common,
    pinned: {
      snapshotFound: true,
      signature: signatureFacts(signature),
      pinnedHash: pin.contentHash,
      snapshotHash: contentHash(snapshot, fields),
      withdrawnAfterSigning: await withdrawnAfter(req, target, signature),
      signer: await signerFacts(req, signature),
      live: await pinnedLiveFacts(req, target, pin),
    },
    base: await loadBaseFacts(req, collection, snapshot, { signature, goingLive }),
  }
}
