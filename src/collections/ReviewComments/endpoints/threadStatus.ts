import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '../../../payload-types'

import { requireAllowed, requireRoleFor } from '../../../access/allowed'
import { ConflictError } from '../../../errors'
import { recordAudit } from '../../../workflow/audit'
import { inTransaction } from '../../../workflow/inTransaction'
import { THREAD_STATUS_CHANGE } from '../hooks/keepSignedRecord'

type ThreadStatus = 'open' | 'resolved'

const SLUG = 'review-comments'

const changeStatus = (to: ThreadStatus) => async (req: PayloadRequest) => {
  const action = to === 'resolved' ? 'thread-resolve' : 'thread-reopen'
  requireRoleFor(req, action)
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
  // Reviewers, editors, admins, whoever opened it and the document's authors (the policy's rule).
  await requireAllowed(req, action, { thread })
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
