import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { authorsFromHistory } from '../authorship'
import { findLatest } from '../documents'
import { takeContext } from '../../shared/requestContext'

/**
 * A new document starts as a draft with no review history. A duplicate keeps its source's authors
 * as contributors: its content is theirs.
 */
export const startWorkflowOnCreate: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const sourceId = takeContext(req, 'duplicateSource')
  const slug = collection.slug as ReviewableCollection
  const source = sourceId ? await findLatest(req, slug, String(sourceId)) : undefined
  const sourceAuthors = source ? await authorsFromHistory(req, slug, source) : []
  return {
    ...data,
    workflowState: 'draft',
    contributors: sourceAuthors,
    firstPublishedAt: null,
    lastReviewedAt: null,
    nextReviewDue: null,
    lastSignature: null,
    withdrawalReason: null,
    assignee: null,
    dueAt: null,
    // A reason explains a change of signed content; a new document has none yet.
    changeReason: null,
  }
}
