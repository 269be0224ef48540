import type { PayloadRequest } from 'payload'

import type { Signature } from '../../payload-types'
import type { ReviewableCollection } from '../states'
import type { FieldChange } from './types'

import { findLatest } from '../documents'
import { openPair } from '../risk/pairedSignOff'
import { latestSignature, signatureById } from '../signatures'
import { relationId } from '../../shared/relations'
import { diffFields } from './diffDocument'
import { relatedTitles } from './relatedTitles'

type SignedBy = { signatureId: string; versionId: string; signedAt: string; printedName: string }

export type ChangesSinceSignOff = {
  since: SignedBy | null
  /**
   * High-risk content with the first of its two signatures: that signature. The second is an
   * independent review of the whole content, so `since` is the signature before the pair.
   */
  firstOfPair: SignedBy | null
  /** Why the content changes since then, as the writer gave it (`changeReason`). */
  reason: string | null
  changes: FieldChange[]
}

/** The version a signature covers, as it was stored then. */
const signedSnapshot = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  signature: Signature,
): Promise<Record<string, unknown>> => {
  const version = await req.payload.findVersionByID({
    collection,
    id: signature.versionId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return version.version as unknown as Record<string, unknown>
}

/** What differs between the content a signature covers (nothing, without one) and `latest`. */
export const changesSinceSignature = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  latest: Record<string, unknown>,
  signature: Signature | undefined,
): Promise<FieldChange[]> => {
  const before = signature ? await signedSnapshot(req, collection, signature) : {}
  const fields = req.payload.collections[collection].config.flattenedFields
  const names = await relatedTitles(req, fields, [before, latest])
  return diffFields(fields, before, latest, names)
}

const signedBy = (signature: Signature): SignedBy => ({
  signatureId: String(signature.id),
  versionId: signature.versionId,
  signedAt: signature.signedAt,
  printedName: signature.printedName,
})

/**
 * The reviewer's view: what changed in the latest version since the document was last signed;
 * for the second of two signatures, since the signature before the first (not "no changes").
 */
export const changesSinceLastSignOff = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<ChangesSinceSignOff> => {
  const latest = await findLatest(req, collection, id)
  const first = (await openPair(req, collection, latest))?.first
  const previousId = first ? relationId(first.previousSignature) : undefined
  const signature = first
    ? previousId
      ? await signatureById(req, previousId)
      : undefined
    : await latestSignature(req, collection, id)
  return {
    since: signature ? signedBy(signature) : null,
    firstOfPair: first ? signedBy(first) : null,
    // The first of two signatures took the writer's reason along (src/workflow/actions/signOff.ts).
    reason: !signature
      ? null
      : first
        ? (first.changeReason ?? null)
        : typeof latest.changeReason === 'string'
          ? latest.changeReason
          : null,
    changes: await changesSinceSignature(req, collection, latest, signature),
  }
}
