import type { PayloadRequest } from 'payload'

import { type ReviewableDoc } from './documents'
import { type GoingLive, loadBaseFacts } from './publication/loadFacts'
import { baseChecklist } from './publication/judge'
import { signatureForPublication } from './signatures'
import { type ReviewableCollection } from './states'
import { type ChecklistItem } from './checklistItem'

export { type ChecklistItem, item, type PublishRequirement } from './checklistItem'
export { type GoingLive } from './publication/loadFacts'

/**
 * Each requirement this exact content must meet before publication, met or not: the admin
 * panel's checklist. The rules are the publication judge's (src/workflow/publication/judge.ts).
 */
export const publishChecklist = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  { goingLive }: { goingLive?: GoingLive } = {},
): Promise<ChecklistItem[]> =>
  baseChecklist(
    await loadBaseFacts(req, collection, doc, {
      signature: await signatureForPublication(req, collection, doc),
      goingLive,
    }),
  )
