import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'

import { settingsOf } from '../config/settings'
import { describeIn } from '../shared/describe'
import { readLiveVersion } from '../shared/liveVersion'
import { relationId } from '../shared/relations'
import { contentHashIn } from '../workflow/contentHash'
import { type ReviewableDoc } from '../workflow/documents'
import { type ChecklistItem, type GoingLive, item, publishChecklist } from '../workflow/publishGate'
import { PINNED_SIGNATURES, pinKey, signatureById } from '../workflow/signatures'
import { type Pin } from './pins'
import { storedVersion } from './storedVersions'

const DAY_MS = 24 * 3600 * 1000
const day = (date: string | Date): string => new Date(date).toISOString().slice(0, 10)

/** The signed snapshot as the document it will publish. */
export const snapshotOf = async (
  req: PayloadRequest,
  pin: Pin,
): Promise<ReviewableDoc | undefined> => {
  const stored = await storedVersion(req, pin.collection, pin.documentId, pin.versionId)
  return stored ? ({ ...stored.version, id: pin.documentId } as ReviewableDoc) : undefined
}

/** From here on, the gate judges this document's publication by its pinned signature. */
export const judgeByPinnedSignature = (req: PayloadRequest, pin: Pin): void => {
  req.context[PINNED_SIGNATURES] = {
    ...(req.context[PINNED_SIGNATURES] as Record<string, string> | undefined),
    [pinKey(pin.collection, pin.documentId)]: pin.signature,
  }
}

/** A withdrawal after signing voids the signature: withdrawn content needs a new review. */
const voidedProblem = async (req: PayloadRequest, pin: Pin, signature: Signature) => {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { action: { equals: 'withdraw' } },
        { collectionSlug: { equals: pin.collection } },
        { documentId: { equals: pin.documentId } },
        { at: { greater_than: signature.signedAt } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
    ? `the content was withdrawn on ${day(docs[0].at)}, after ${signature.printedName} signed it; it needs a new review`
    : undefined
}

const licenceProblem = async (req: PayloadRequest, signature: Signature) => {
  const signerId = relationId(signature.reviewer)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: signerId } },
    limit: 1,
    depth: 0,
    req,
  })
  const expiry = docs[0]?.licenceExpiresAt
  if (!docs[0]) return "the signer's account no longer exists"
  if (!expiry || new Date(expiry) <= new Date(signature.signedAt)) {
    return `${signature.printedName}'s pharmacist licence was not valid when they signed on ${day(signature.signedAt)}${expiry ? ` (it expired on ${day(expiry)})` : ''}`
  }
  return undefined
}

const overdueProblem = (req: PayloadRequest, signature: Signature, now: Date) => {
  const due = new Date(
    new Date(signature.signedAt).getTime() + settingsOf(req.payload).reviewIntervalDays * DAY_MS,
  )
  return due <= now
    ? `the review is overdue: it was signed on ${day(signature.signedAt)} and due for re-review on ${day(due)}`
    : undefined
}

/** Publishing an older signature over the live content would roll it back. */
const alreadyLiveProblem = async (req: PayloadRequest, pin: Pin, signature: Signature) => {
  const live = await readLiveVersion(req, pin.collection, pin.documentId)
  if (live?._status !== 'published') return undefined
  const liveSignatureId = relationId(live.lastSignature)
  if (liveSignatureId === pin.signature) return 'this signed version is already live'
  const liveSignature = liveSignatureId ? await signatureById(req, liveSignatureId) : undefined
  return liveSignature && new Date(liveSignature.signedAt) > new Date(signature.signedAt)
    ? `a newer signed version (signed on ${day(liveSignature.signedAt)}) is already live`
    : undefined
}

/**
 * Everything a pinned snapshot must meet to go live now: the publish gate's requirements judged
 * on the snapshot and its pinned signature, and that the signature still stands (not voided by a
 * withdrawal, signer licensed when signing, review not overdue, nothing newer already live).
 * `goingLive` names documents published in the same transaction (a release's other items).
 */
export const pinnedChecklist = async (
  req: PayloadRequest,
  pin: Pin,
  { goingLive, now = new Date() }: { goingLive?: GoingLive; now?: Date } = {},
): Promise<ChecklistItem[]> => {
  const snapshot = await snapshotOf(req, pin)
  const signature = await signatureById(req, pin.signature)
  if (!snapshot || !signature) {
    return [
      item('pinned-version', 'The pinned version and signature exist', [
        snapshot ? undefined : 'the pinned version is no longer in the history',
        signature ? undefined : 'the pinned signature no longer exists',
      ]),
    ]
  }
  const title = describeIn(req, pin.collection, snapshot)
  const pinned: ChecklistItem[] = [
    item('pinned-version', 'The pinned version is the content that was signed', [
      contentHashIn(req, pin.collection, snapshot) === pin.contentHash &&
      signature.contentHash === pin.contentHash
        ? undefined
        : `the pinned version of "${title}" is not what was signed`,
    ]),
    item('signature-valid', 'The signature still stands', [
      await voidedProblem(req, pin, signature),
    ]),
    item('signer-licence', "The signer's licence was valid when they signed", [
      await licenceProblem(req, signature),
    ]),
    item('review-current', 'The review is not overdue', [overdueProblem(req, signature, now)]),
    item('not-live-yet', 'Neither this nor a newer signed version is live', [
      await alreadyLiveProblem(req, pin, signature),
    ]),
  ]
  judgeByPinnedSignature(req, pin)
  return [...pinned, ...(await publishChecklist(req, pin.collection, snapshot, { goingLive }))]
}
