import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '../../../payload-types'
import type { ReviewableCollection } from '../../../workflow/states'

import { isStaffUser, userHasRole } from '../../../access/roles'
import { ConflictError, ForbiddenError, NotLoggedInError } from '../../../errors'
import { relationId } from '../../../shared/relations'
import { recordAudit } from '../../../workflow/audit'
import { isOwner } from '../../../workflow/authorship'
import { findLatest } from '../../../workflow/documents'
import { inTransaction } from '../../../workflow/inTransaction'
import { THREAD_STATUS_CHANGE } from '../hooks/keepSignedRecord'

type ThreadStatus = 'open' | 'resolved'

const SLUG = 'review-comments'

/**
 * Who may close or reopen a thread: pharmacists, editors and admins, whoever opened it, and the
 * document's author and contributors. Not another writer who happens to read it.
 */
const mayChangeStatus = async (
  req: PayloadRequest,
  thread: { author?: unknown; collectionSlug: string; documentId: string },
): Promise<boolean> => {
  if (userHasRole(req.user, 'reviewer', 'editor', 'admin')) return true
  if (relationId(thread.author) === String(req.user?.id)) return true
  const document = await findLatest(
    req,
    thread.collectionSlug as ReviewableCollection,
    thread.documentId,
  )
  return isOwner(document, req.user?.id)
}

const changeStatus = (to: ThreadStatus) => async (req: PayloadRequest) => {
  if (!req.user) throw new NotLoggedInError('Log in to resolve or reopen review comments.')
  if (!isStaffUser(req.user)) throw new ForbiddenError('Only staff take part in reviews.')
  const id = String(req.routeParams?.id)
  const thread = await req.payload.findByID({
    collection: SLUG,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (thread.thread) {
    throw new ConflictError('This is a reply; resolve or reopen the thread it belongs to.')
  }
  if (!(await mayChangeStatus(req, thread))) {
    throw new ForbiddenError(
      'Only reviewers, editors, admins, the comment’s author and the document’s authors can resolve or reopen it.',
    )
  }
  if (thread.status === to) {
    throw new ConflictError(`The thread is already ${to}.`)
  }
  const user = req.user as User
  const updated = await req.payload.update({
    collection: SLUG,
    id,
    data: {
      status: to,
      statusChangedBy: user.id,
      statusChangedByName: user.fullName || user.email,
      statusChangedAt: new Date().toISOString(),
    },
    context: { [THREAD_STATUS_CHANGE]: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: to === 'resolved' ? 'comment-resolved' : 'comment-reopened',
    collectionSlug: thread.collectionSlug,
    documentId: thread.documentId,
    comment: thread.comment.slice(0, 200),
    details: { threadId: String(thread.id), field: thread.field ?? null },
  })
  return updated
}

const statusEndpoint = (path: string, to: ThreadStatus): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    const doc = await inTransaction(req, () => changeStatus(to)(req))
    return Response.json({ doc, message: to === 'resolved' ? 'Resolved.' : 'Reopened.' })
  },
})

/** POST /api/review-comments/{id}/resolve and /reopen, on the comment that opens a thread. */
export const threadStatusEndpoints: Endpoint[] = [
  statusEndpoint('resolve', 'resolved'),
  statusEndpoint('reopen', 'open'),
]
