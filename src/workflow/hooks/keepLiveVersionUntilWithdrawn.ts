import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { UnmetRequirementsError } from '../../errors'
import { savesAsPublished } from './changes'
import { readLiveVersion } from '../../shared/liveVersion'
import { isRestoringAsDraft, readContext } from '../../shared/requestContext'

/**
 * A save that is not a draft save writes the main document. Over a published document that
 * would silently take the live version offline; only the withdraw action may do that.
 */
export const keepLiveVersionUntilWithdrawn: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  if (operation !== 'update' || !originalDoc?.id) return data
  if (readContext(req, 'draftSave') || readContext(req, 'withdrawing') || savesAsPublished(args))
    return data
  if (isRestoringAsDraft(req)) return data
  const live = await readLiveVersion(req, collection.slug as CollectionSlug, originalDoc.id)
  if (live?._status !== 'published') return data
  throw new UnmetRequirementsError('This save would take the published version offline', [
    'save edits as a draft (?draft=true) and take them through review',
    'to take the document off the API, withdraw it with a reason',
  ])
}
