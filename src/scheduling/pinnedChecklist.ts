import type { PayloadRequest } from 'payload'

import { judgePublication } from '../workflow/publication/judge'
import { type GoingLive, loadPublicationFacts } from '../workflow/publication/loadFacts'
import { type ChecklistItem } from '../workflow/publishGate'
import { type Pin } from './pins'

/** The publication target of a pin. */
export const targetOf = (pin: Pin, goingLive?: GoingLive) => ({
  collection: pin.collection,
  id: pin.documentId,
  pin: { signature: pin.signature, versionId: pin.versionId, contentHash: pin.contentHash },
  goingLive,
})

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
): Promise<ChecklistItem[]> =>
  judgePublication(await loadPublicationFacts(req, targetOf(pin, goingLive), { now })).checklist
