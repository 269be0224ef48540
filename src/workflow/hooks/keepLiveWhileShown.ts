import type { CollectionBeforeChangeHook } from 'payload'

import { describeDoc } from '../../shared/describe'
import { readLiveVersion } from '../../shared/liveVersion'
import { isShownOnArticles, refuseWhileShown } from '../liveDependents'
import { type ReviewableCollection } from '../states'
import { savesAsPublished } from './changes'
import { isRestoringAsDraft, readContext } from '../../shared/requestContext'

/**
 * A FAQ, comparison row or reference stays live while a live article shows it: taking it off
 * (the withdraw action, a scheduled withdrawal, a save or bulk save as draft, a restore of an
 * unpublished version) would re-render the article's page into a state no pharmacist signed, its
 * references renumbered. The withdraw action takes the articles off first when asked to
 * (`withDependents`), so by the time it saves, none shows it.
 */
export const keepLiveWhileShown: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  if (operation !== 'update' || !originalDoc?.id || !isShownOnArticles(collection.slug)) return data
  if (readContext(req, 'draftSave') || savesAsPublished(args)) return data
  // Restoring a version "as draft" writes a draft version only; the live one stays.
  if (isRestoringAsDraft(req)) return data
  const slug = collection.slug as ReviewableCollection
  const live = await readLiveVersion(req, slug, originalDoc.id)
  if (live?._status !== 'published') return data
  await refuseWhileShown(
    req,
    slug,
    [originalDoc.id],
    'taken off the API',
    `"${describeDoc(collection, live)}"`,
  )
  return data
}
