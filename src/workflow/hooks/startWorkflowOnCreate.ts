import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { authorsFromHistory } from '../authorship'

/**
 * A new document starts as a draft with no review history. A duplicate (Payload passes the source
 * as `originalDoc`) keeps the source's authors as contributors: its content is theirs.
 */
export const startWorkflowOnCreate: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'create') return data
  const sourceAuthors = originalDoc?.id
    ? await authorsFromHistory(req, collection.slug as ReviewableCollection, originalDoc)
    : []
  return {
    ...data,
    workflowState: 'draft',
    contributors: sourceAuthors,
    firstPublishedAt: null,
    lastReviewedAt: null,
    nextReviewDue: null,
    lastSignature: null,
    withdrawalReason: null,
  }
}
