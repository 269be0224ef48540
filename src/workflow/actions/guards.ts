import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'
import type { Transition } from '../transitions'

import { userHasRole } from '../../access/roles'
import { ForbiddenError, NotLoggedInError, UnmetRequirementsError } from '../../errors'
import { isOwner } from '../authorship'
import { describeIn } from '../../shared/describe'
import { stateProblem } from '../stateProblem'

/** Who may take an action, on what: the checks every action makes before it writes. */
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
