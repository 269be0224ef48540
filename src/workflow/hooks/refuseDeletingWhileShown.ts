import type { CollectionBeforeOperationHook, Where } from 'payload'

import { describeDoc } from '../../shared/describe'
import { isShownOnArticles, refuseWhileShown } from '../liveDependents'
import { type ReviewableCollection } from '../states'

/**
 * A document a live article lists is not deleted, by id or in bulk, whatever its own state: the
 * article's page would be re-rendered without it. Checked before access (the operation's first
 * step), so an editor hears why rather than a bare 403; callers who are not signed in are left to
 * the access rules.
 */
export const refuseDeletingWhileShown: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'delete' || !isShownOnArticles(collection.slug)) return args
  if (!req.user && !overrideAccess) return args
  const slug = collection.slug as ReviewableCollection
  // deleteByID has `id`, a bulk delete `where`.
  const { id, where: bulk } = args as { id?: number | string; where?: Where }
  const where: Where | undefined = id !== undefined ? { id: { equals: id } } : bulk
  if (!where) return args
  const { docs } = await req.payload.find({
    collection: slug,
    where,
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const what =
    docs.length === 1 ? `"${describeDoc(collection, docs[0])}"` : 'One of these documents'
  await refuseWhileShown(
    req,
    slug,
    docs.map((doc) => doc.id),
    'deleted',
    what,
  )
  return args
}
