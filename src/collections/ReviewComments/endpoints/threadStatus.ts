import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { User } from '../../../payload-types'

import { requireAllowed, requireRoleFor } from '../../../access/allowed'
import { defineAction } from '../../../actions/defineAction'
import { restEndpoint } from '../../../actions/restEndpoint'
import { ConflictError } from '../../../errors'
import { recordAudit } from '../../../workflow/audit'
import { withContext } from '../../../shared/requestContext'

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
  // Only this save is the status change, not a later one in the same request.
  const updated = await withContext(req, 'threadStatusChange', true, () =>
    req.payload.update({
      collection: SLUG,
      id,
      data: {
        status: to,
        statusChangedBy: user.id,
        statusChangedByName: user.fullName || user.email,
        statusChangedAt: new Date().toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  await recordAudit(req, {
    action: to === 'resolved' ? 'comment-resolved' : 'comment-reopened',
    collectionSlug: thread.collectionSlug,
    documentId: thread.documentId,
    comment: thread.comment.slice(0, 200),
    details: { threadId: String(thread.id), field: thread.field ?? null },
  })
  return updated
}

const threadAnswerSchema = z.object({
  doc: z.looseObject({ id: z.string(), status: z.string().optional() }),
  message: z.string(),
})

const defineThreadAction = <const Name extends 'reopen' | 'resolve'>(
  name: Name,
  to: ThreadStatus,
  summary: string,
) =>
  defineAction({
    name: `thread-${name}` as const,
    method: 'post',
    path: `/:id/${name}`,
    collections: z.enum([SLUG]),
    summary,
    description: 'On the comment that opens the thread.',
    tags: ['Reviewer loop'],
    operationId: () => `${name}ReviewThread`,
    params: z.object({ id: z.string() }),
    result: threadAnswerSchema,
    resultDescription: 'The thread’s opening comment, updated.',
    errors: [400, 401, 403, 404, 409, 415],
    transaction: 'endpoint',
    policy: `thread-${name}`,
    // The thread's status is the whole change: a body, if any, is not read.
    readsBody: false,
    handler: async ({ req }) => ({
      doc: await changeStatus(to)(req),
      message: to === 'resolved' ? 'Resolved.' : 'Reopened.',
    }),
  })

/** POST /api/review-comments/{id}/resolve and /reopen, on the comment that opens a thread. */
export const THREAD_ROUTES = [
  defineThreadAction('resolve', 'resolved', 'Resolve a review thread'),
  defineThreadAction('reopen', 'open', 'Reopen a review thread'),
] as const

/** `resolve` or `reopen`, as the admin client calls them. */
export type ThreadRouteName = (typeof THREAD_ROUTES)[number]['name'] extends `thread-${infer Name}`
  ? Name
  : never

export const threadStatusEndpoints: Endpoint[] = THREAD_ROUTES.map(restEndpoint)
