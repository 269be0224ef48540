import type { PayloadRequest } from 'payload'

import type { ChecklistItem } from '../checklistItem'
import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'

import { signatureForPublication } from '../signatures'
import { baseChecklist, judgePublication } from './judge'
import { loadBaseFacts, loadPublicationFacts, type PublicationTarget } from './loadFacts'

/**
 * Each requirement this exact content must meet before publication, met or not: the admin
 * panel's checklist, by the publication judge's rules (judge.ts).
 */
export const publishChecklist = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<ChecklistItem[]> =>
  baseChecklist(
    await loadBaseFacts(req, collection, doc, {
      signature: await signatureForPublication(req, collection, doc),
    }),
  )

/**
 * Everything a pinned snapshot must meet to go live now: the base requirements judged on the
 * snapshot and its pinned signature, and that the signature still stands (not voided by a
 * withdrawal, signer licensed when signing, review not overdue, nothing newer already live).
 * The target's `goingLive` names documents published in the same transaction (a release's others).
 */
export const pinnedChecklist = async (
  req: PayloadRequest,
  target: PublicationTarget & { pin: NonNullable<PublicationTarget['pin']> },
  { now = new Date() }: { now?: Date } = {},
): Promise<ChecklistItem[]> =>
  judgePublication(await loadPublicationFacts(req, target, { now })).checklist
