import type { PayloadRequest } from 'payload'

import type { ReviewableCollection, WorkflowState } from '../states'
import type { Transition } from '../transitions'

import { userHasRole } from '../../access/roles'
import { isOwner } from '../authorship'
import { contentHash } from '../contentHash'
import { describeIn, type ReviewableDoc } from '../documents'
import { NotLoggedInError, UnmetRequirementsError, ForbiddenError } from '../../errors'
import { stateProblem } from '../stateProblem'

export type ActionInput = {
  req: PayloadRequest
  collection: ReviewableCollection
  id: string
  body: unknown
}

export type LinkedOutcome = {
  collection: ReviewableCollection
  id: string
  title: string
  state: string
  done: boolean
  reason?: string
}

export type ActionResult = {
  collection: ReviewableCollection
  id: string
  state: WorkflowState
  message: string
  signatureId?: string
  linked?: LinkedOutcome[]
}

export const requireRole = (req: PayloadRequest, transition: Transition): void => {
  if (!req.user) throw new NotLoggedInError('Log in to take workflow actions.')
  if (!userHasRole(req.user, ...transition.roles)) {
    throw new ForbiddenError(
      `Only ${transition.roles.join(' or ')} accounts can ${transition.label.toLowerCase()}.`,
    )
  }
}

/**
 * A writer acts only on their own documents (creator or recorded contributor); editors and admins
 * on any. Otherwise another writer could submit a draft and lock its author out of it.
 */
export const requireOwnershipForWriters = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: ReviewableDoc,
): void => {
  if (userHasRole(req.user, 'editor', 'admin') || isOwner(doc, req.user?.id)) return
  throw new ForbiddenError(
    `"${describeIn(req, collection, doc)}" belongs to another writer; only its author, its contributors, editors and admins can submit it.`,
  )
}

export const requireState = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: ReviewableDoc,
  transition: Transition,
): void => {
  const problem = stateProblem(
    doc,
    describeIn(req, collection, doc),
    transition.from,
    transition.label,
  )
  if (problem)
    throw new UnmetRequirementsError(`Cannot ${transition.label.toLowerCase()}`, [problem])
}

/** Writes workflow fields, which only the workflow may write, as a new version. */
export const writeWorkflowFields = async (
  input: Pick<ActionInput, 'req' | 'collection' | 'id'>,
  data: Record<string, unknown>,
  options: { draft: boolean; context?: Record<string, unknown> },
): Promise<void> => {
  await input.req.payload.update({
    collection: input.collection,
    id: input.id,
    data,
    draft: options.draft,
    context: options.context,
    overrideAccess: true,
    req: input.req,
  })
}

export const hashOf = (req: PayloadRequest, collection: ReviewableCollection, doc: ReviewableDoc) =>
  contentHash(doc, req.payload.collections[collection].config.flattenedFields)
