import type { CollectionBeforeChangeHook } from 'payload'

/** A new document, duplicates included, starts as a draft with no review history. */
export const startWorkflowOnCreate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  return {
    ...data,
    workflowState: 'draft',
    contributors: [],
    firstPublishedAt: null,
    lastReviewedAt: null,
    nextReviewDue: null,
    lastSignature: null,
    withdrawalReason: null,
  }
}
