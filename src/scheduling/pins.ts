import type { PayloadRequest } from 'payload'

import { UnmetRequirementsError } from '../errors'
import { describeIn } from '../shared/describe'
import { contentHashIn } from '../workflow/contentHash'
import { findLatest, latestVersionId } from '../workflow/documents'
import { latestSignature } from '../workflow/signatures'
import { type GoingLive } from '../workflow/publication/loadFacts'
import { type ReviewableCollection } from '../workflow/states'
import { stateProblem } from '../workflow/stateProblem'

/** A signed snapshot a schedule or a release will publish: exactly this version, on this signature. */
export type Pin = {
  collection: ReviewableCollection
  documentId: string
  signature: string
  versionId: string
  contentHash: string
}

/** The publication target of a pin (publishVersion's, the pinned checklist's). */
export const targetOf = (pin: Pin, goingLive?: GoingLive) => ({
  collection: pin.collection,
  id: pin.documentId,
  pin: { signature: pin.signature, versionId: pin.versionId, contentHash: pin.contentHash },
  goingLive,
})

/**
 * Pins the latest version of an approved document to the signature it was approved with, or says
 * why it cannot be pinned (not approved, or changed since it was signed).
 */
export const tryPin = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<{ pin?: Pin; problem?: string }> => {
  const doc = await findLatest(req, collection, documentId)
  const title = describeIn(req, collection, doc)
  const wrongState = stateProblem(doc, title, ['approved'], 'Schedule or release')
  if (wrongState) return { problem: wrongState }
  const signature = await latestSignature(req, collection, documentId)
  const hash = contentHashIn(req, collection, doc)
  if (!signature || signature.contentHash !== hash) {
    return { problem: `"${title}" differs from what the reviewer signed; it needs a new sign-off` }
  }
  const versionId = await latestVersionId(req, collection, documentId)
  if (!versionId) return { problem: `"${title}" has no stored version to pin` }
  return {
    pin: { collection, documentId, signature: String(signature.id), versionId, contentHash: hash },
  }
}

/** Like tryPin, but a document that cannot be pinned is a 409 naming why. */
export const pinApproved = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
  action: string,
): Promise<Pin> => {
  const { pin, problem } = await tryPin(req, collection, documentId)
  if (!pin) throw new UnmetRequirementsError(`Cannot ${action}`, [problem ?? 'it is not approved'])
  return pin
}
