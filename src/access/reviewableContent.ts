import type { Access, CollectionConfig, CollectionSlug, Where } from 'payload'

import { publishedOrStaff } from './content'
import { hasRole, isStaff, userHasRole } from './roles'

/** The workflow states in which a writer may still change their own document. */
export const WRITER_EDITABLE_STATES = ['draft', 'changes_requested']

/**
 * Editors and admins edit any content. A writer edits only what they created, and only while it
 * is a draft or has changes requested; the state is read from the latest version, which is the
 * one an edit changes. Reviewers never edit content: they request changes.
 */
const editContent =
  (collection: CollectionSlug): Access =>
  async ({ id, req }) => {
    if (userHasRole(req.user, 'editor', 'admin')) return true
    if (!req.user || !userHasRole(req.user, 'writer')) return false
    const ownEditable: Where = {
      and: [
        { createdBy: { equals: req.user.id } },
        { workflowState: { in: WRITER_EDITABLE_STATES } },
      ],
    }
    if (!id) return ownEditable
    const latest = await req.payload.find({
      collection,
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      req,
    })
    const doc = latest.docs[0] as { createdBy?: unknown; workflowState?: string } | undefined
    if (!doc) return false
    const createdBy = typeof doc.createdBy === 'object' ? (doc.createdBy as { id?: unknown })?.id : doc.createdBy
    return String(createdBy) === String(req.user.id) && WRITER_EDITABLE_STATES.includes(String(doc.workflowState))
  }

/** Nothing published is deleted (withdraw it first); writers delete only their never-published drafts. */
const deleteUnpublished: Access = ({ req }) => {
  if (userHasRole(req.user, 'editor', 'admin')) return { _status: { equals: 'draft' } } as Where
  if (!req.user || !userHasRole(req.user, 'writer')) return false
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
  create: hasRole('writer', 'editor', 'admin'),
  update: editContent(collection),
  delete: deleteUnpublished,
})
