import type { Access, CollectionBeforeChangeHook, Payload, PayloadRequest, Where } from 'payload'

import { mayEditDocument } from '../access/mayEdit'
import { isAdminUser, isEditorOrAdmin, isStaffUser, isWriter } from '../access/roles'
import { writerEditableIds } from '../access/reviewableContent'
import { ForbiddenError } from '../errors'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

const LOCKS = 'payload-locked-documents'

/** Locks on the documents the signed-in writer may edit. */
const ownDocumentLocks = async (req: PayloadRequest): Promise<Where[]> => {
  const filters: Where[] = []
  for (const collection of REVIEWABLE_COLLECTIONS) {
    const ids = await writerEditableIds(req, collection)
    if (!ids.length) continue
    filters.push({
      and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { in: ids } }],
    })
  }
  return filters
}

/**
 * Edit locks say who is editing which document: staff who may edit a document see and change its
 * lock; everyone sees their own. Consumers and anonymous callers get nothing.
 */
const lockAccess: Access = async ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (isEditorOrAdmin(req.user)) return true
  const own: Where = { 'user.value': { equals: req.user!.id } }
  const owned = isWriter(req.user) ? await ownDocumentLocks(req) : []
  return owned.length ? { or: [own, ...owned] } : own
}

/** A lock is taken by the signed-in user, on a document they may edit. */
const lockOnlyWhatYouMayEdit: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const document = (data.document ?? originalDoc?.document) as
    { relationTo?: string; value?: unknown } | undefined
  const documentId =
    typeof document?.value === 'object' ? (document.value as { id?: unknown })?.id : document?.value
  const allowed = document?.relationTo
    ? await mayEditDocument(req, document.relationTo, documentId)
    : isAdminUser(req.user)
  if (!allowed) throw new ForbiddenError('You can only lock a document you may edit.')
  return { ...data, user: { relationTo: 'users', value: req.user.id } }
}

/**
 * Payload adds the lock collection itself, with access for any signed-in account (a consumer API
 * key could list unpublished document ids and who edits them) and no way to configure it; its
 * config is completed here once Payload has built it. Payload's own admin writes locks directly.
 */
export const restrictEditLocks = (payload: Payload): void => {
  const locks = payload.collections[LOCKS as keyof typeof payload.collections]?.config
  if (!locks) return
  locks.access = {
    ...locks.access,
    read: lockAccess,
    create: lockAccess,
    update: lockAccess,
    delete: lockAccess,
  }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockOnlyWhatYouMayEdit]
}
