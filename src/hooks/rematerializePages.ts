import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { rematerializeShowing } from '../delivery/materialize'

const wasOrIsLive = (doc: unknown): boolean =>
  (doc as { _status?: unknown } | undefined)?._status === 'published'

/**
 * When live content changes (published, re-published, withdrawn), the stored delivery pages that
 * show it are rendered again in the same request (and transaction). Draft saves leave them alone.
 */
export const rematerializePagesOnChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const hasDrafts = Boolean(collection.versions?.drafts)
  if (!hasDrafts || wasOrIsLive(doc) || wasOrIsLive(previousDoc)) {
    await rematerializeShowing(req, collection.slug, doc.id)
  }
  return doc
}

export const rematerializePagesOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await rematerializeShowing(req, collection.slug, doc.id)
  return doc
}
