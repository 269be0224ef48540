import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from '../../../errors'
import { fieldPathProblem } from '../../../workflow/fieldPath'
import { relationId } from '../../../shared/relations'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../../../workflow/states'

const SLUG = 'review-comments'

/**
 * A reply joins its thread: it takes the thread's document and field (whatever the client sent)
 * and has no status of its own. A new thread must name a document the author may read and, when
 * it names a field, a field of that collection.
 */
export const placeInThread: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const threadId = relationId(data.thread)
  if (threadId) {
    const { docs } = await req.payload.find({
      pagination: false,
      collection: SLUG,
      where: { id: { equals: threadId } },
      depth: 0,
      limit: 1,
      req,
    })
    const root = docs[0]
    if (!root) throw fieldRefusal(SLUG, 'thread', 'No comment thread has this id')
    const threadRoot = relationId(root.thread) ?? String(root.id)
    return {
      ...data,
      thread: threadRoot,
      collectionSlug: root.collectionSlug,
      documentId: root.documentId,
      field: root.field ?? null,
      status: null,
    }
  }
  const collection = data.collectionSlug as ReviewableCollection
  // An unknown collection or a missing id is left to field validation, which names the field.
  if (!REVIEWABLE_COLLECTIONS.includes(collection) || typeof data.documentId !== 'string') {
    return data
  }
  const field = typeof data.field === 'string' ? data.field.trim() : ''
  const problem = field ? fieldPathProblem(req, collection, field) : undefined
  if (problem) throw fieldRefusal(SLUG, 'field', problem)
  const document = await req.payload
    .findByID({
      collection,
      id: data.documentId,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!document) throw fieldRefusal(SLUG, 'documentId', `No ${collection} document has this id`)
  return { ...data, field: field || null, status: 'open' }
}
