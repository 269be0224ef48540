import type { PayloadRequest } from 'payload'

import type { Signature } from '../../payload-types'
import type { ReviewableCollection } from '../states'
import type { FieldChange } from './types'

import { findLatest } from '../documents'
import { latestSignature } from '../signatures'
import { diffFields } from './diffDocument'
import { relatedTitles } from './relatedTitles'

export type ChangesSinceSignOff = {
  since: { signatureId: string; versionId: string; signedAt: string; printedName: string } | null
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

/** The reviewer's view: what changed in the latest version since the document was last signed. */
export const changesSinceLastSignOff = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<ChangesSinceSignOff> => {
  const latest = await findLatest(req, collection, id)
  const signature = await latestSignature(req, collection, id)
  return {
    since: signature
      ? {
          signatureId: String(signature.id),
          versionId: signature.versionId,
          signedAt: signature.signedAt,
          printedName: signature.printedName,
        }
      : null,
    reason: signature && typeof latest.changeReason === 'string' ? latest.changeReason : null,
    changes: await changesSinceSignature(req, collection, latest, signature),
  }
}
