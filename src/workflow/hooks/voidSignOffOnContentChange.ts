import type { CollectionBeforeChangeHook } from 'payload'

import { recordAudit } from '../audit'
import { isEditableState } from '../states'
import { contentChanged } from './changes'

/**
 * Editing clinical content after it was submitted, signed or published voids the review: the
 * edit is a new draft that needs its own review. Editorial and record changes keep the state.
 */
export const voidSignOffOnContentChange: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  const state = originalDoc?.workflowState as string | undefined
  if (operation !== 'update' || !state || isEditableState(state)) return data
  if (!contentChanged(args)) return data
  if (state === 'approved') {
    await recordAudit(req, {
      action: 'sign-off-voided',
      collectionSlug: collection.slug,
      documentId: String(originalDoc?.id),
      comment: 'The content changed after sign-off.',
    })
  }
  return { ...data, workflowState: 'draft' }
}
