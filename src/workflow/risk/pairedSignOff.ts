import type { PayloadRequest } from 'payload'

import type { Signature, User } from '../../payload-types'
import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'

import { ForbiddenError } from '../../errors'
import { describeIn } from '../../shared/describe'
import { relationId } from '../../shared/relations'
import { contentHashIn } from '../contentHash'
import { onDay } from '../publication/checklistWords'
import { latestSignature } from '../signatures'
import { highRiskReasons } from './load'

/** How a signature takes part in the review: alone, or as the first or second of two. */
export type Pairing = {
  /** The first of two: the document stays in review for the second pharmacist. */
  awaitsSecond: boolean
  /** What the signature records: whom it countersigns and the signer's specialty then. */
  record: { countersigns: string | null; specialtyCredential: string | null }
  details: Record<string, unknown>
}

export const specialtyOf = (user: Pick<User, 'specialtyCredential'>): string | null =>
  user.specialtyCredential?.trim() || null

const lastSubmittedAt = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<number | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { action: { equals: 'submit' } },
        { collectionSlug: { equals: collection } },
        { documentId: { equals: id } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0] ? new Date(docs[0].at).getTime() : undefined
}

/**
 * The first of two signatures still waiting for its second: the newest signature, given since the
 * document was last submitted (a change request or an edit sends it back, and a resubmission
 * starts over), on exactly this content, and not itself a second signature.
 */
export const openFirstSignature = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: ReviewableDoc,
): Promise<Signature | undefined> => {
  const latest = await latestSignature(req, collection, doc.id)
  if (!latest || relationId(latest.countersigns)) return undefined
  if (latest.contentHash !== contentHashIn(req, collection, doc)) return undefined
  const submittedAt = await lastSubmittedAt(req, collection, doc.id)
  return submittedAt !== undefined && new Date(latest.signedAt).getTime() >= submittedAt
    ? latest
    : undefined
}

/** High-risk content waiting for its second signature: the open first one and why it is high risk. */
export type OpenPair = { first: Signature; reasons: string[] }

/**
 * The pair this version's next signature would complete, if any (only content in review has one):
 * what the policy's `completesPair`, the status and the changes since sign-off read.
 */
export const openPair = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<OpenPair | undefined> => {
  if (!doc.id || doc.workflowState !== 'in_review') return undefined
  const first = await openFirstSignature(req, collection, doc as ReviewableDoc)
  if (!first) return undefined
  const reasons = await highRiskReasons(req, collection, doc)
  return reasons.length ? { first, reasons } : undefined
}

/**
 * Decides whether this signature stands alone, opens a pair or completes one; refuses (403) a
 * second signature by the first signer, or a pair without a specialist.
 */
export const pairSignature = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: ReviewableDoc,
  signer: User,
): Promise<Pairing> => {
  const specialtyCredential = specialtyOf(signer)
  const reasons = await highRiskReasons(req, collection, doc)
  if (!reasons.length) {
    return { awaitsSecond: false, record: { countersigns: null, specialtyCredential }, details: {} }
  }
  const first = await openFirstSignature(req, collection, doc)
  const details = { riskReasons: reasons }
  if (!first) {
    return {
      awaitsSecond: true,
      record: { countersigns: null, specialtyCredential },
      details: { ...details, signatureOfTwo: 1 },
    }
  }
  const title = describeIn(req, collection, doc)
  if (relationId(first.reviewer) === String(signer.id)) {
    throw new ForbiddenError(
      `You gave the first signature of "${title}" on ${onDay(first.signedAt)}: high-risk content needs its second signature from another pharmacist.`,
    )
  }
  if (!specialtyCredential && !first.specialtyCredential) {
    throw new ForbiddenError(
      `A specialist must give one of the two signatures of "${title}" (high risk: ${reasons.join('; ')}). Neither you nor ${first.printedName} has a specialty credential on record: ask a specialist pharmacist to sign.`,
    )
  }
  return {
    awaitsSecond: false,
    record: { countersigns: String(first.id), specialtyCredential },
    details: { ...details, signatureOfTwo: 2, countersignsId: first.id },
  }
}
