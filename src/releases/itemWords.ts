import type { PayloadRequest } from 'payload'

import { singularLabelOf } from '../shared/collectionLabel'
import { REVIEW_STAGE } from '../workflow/publication/checklistWords'
import { type ReviewableCollection, WORKFLOW_STATES, type WorkflowState } from '../workflow/states'

/** "FAQ", "Comparison Row": the collection's own singular label, as the admin names it. */
export const collectionLabel = (req: PayloadRequest, collection: ReviewableCollection): string =>
  singularLabelOf(req.payload, collection)

/** How a release names a document: its collection and title, where its review stands. */
export type ItemIdentity = {
  collection: ReviewableCollection
  collectionLabel: string
  id: string
  title: string
  workflowState: WorkflowState
  stateWords: string
}

/** A stored state, or draft for a document saved before the workflow recorded one. */
export const workflowStateOf = (value: unknown): WorkflowState =>
  (WORKFLOW_STATES as readonly unknown[]).includes(value) ? (value as WorkflowState) : 'draft'

/** Where the review stands, in the checklist's words (src/workflow/publication/checklistWords.ts). */
export const stateWords = (state: WorkflowState): string => REVIEW_STAGE[state]
