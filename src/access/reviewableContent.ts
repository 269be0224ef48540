import type { Access, CollectionConfig, CollectionSlug, PayloadRequest, Where } from 'payload'

import { publishedOrStaff } from './content'
import { ownedBy } from '../workflow/authorship'
import { AUTHOR_EDITABLE_STATES } from '../workflow/states'
import { contentWriters, isEditorOrAdmin, isStaff, isWriter } from './roles'

/**
 * Editors and admins edit any content. A writer edits only their own documents, and only while
 * the latest version is a draft, has changes requested, or is the live version (the edit is then
 * a revision, saved as a draft on top of it). Both are decided on the latest version
 * (the one an edit changes), by id and in bulk: a bulk update's filter runs on the main document,
 * whose state lags behind a newer version in review, so it gets the ids found here instead.
 * Reviewers never edit content: they request changes.
 */
const editContent =
  (collection: CollectionSlug): Access =>
  async ({ id, req }) => {
    if (isEditorOrAdmin(req.user)) return true
    if (!req.user || !isWriter(req.user)) return false
    const ids = await writerEditableIds(req, collection, id)
    if (id) return ids.length > 0
    return ids.length ? { id: { in: ids } } : false
  }

/** The ids of the signed-in writer's documents that they may edit now (or just `onlyId`'s). */
export const writerEditableIds = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  onlyId?: number | string,
): Promise<(number | string)[]> => {
  const editable: Where = {
    and: [ownedBy(req.user!.id), { workflowState: { in: [...AUTHOR_EDITABLE_STATES] } }],
  }
  const { docs } = await req.payload.find({
    collection,
    where: onlyId !== undefined ? { and: [{ id: { equals: onlyId } }, editable] } : editable,
    draft: true,
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  return docs.map((doc) => doc.id)
}

/** Nothing published is deleted (withdraw it first); writers delete only their never-published drafts. */
const deleteUnpublished: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return { _status: { equals: 'draft' } } as Where
  if (!req.user || !isWriter(req.user)) return false
  const ownNeverPublished: Where = {
    and: [{ createdBy: { equals: req.user.id } }, { firstPublishedAt: { exists: false } }],
  }
  return ownNeverPublished
}

export const reviewableContentAccess = (
  collection: CollectionSlug,
): NonNullable<CollectionConfig['access']> => ({
  read: publishedOrStaff,
  readVersions: isStaff,
  create: contentWriters,
  update: editContent(collection),
  delete: deleteUnpublished,
})
