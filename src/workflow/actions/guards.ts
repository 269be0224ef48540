import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'
import type { Transition } from '../transitions'

import { requireRoleFor } from '../../access/allowed'
import { UnmetRequirementsError } from '../../errors'
import { describeIn } from '../../shared/describe'
import { stateProblem } from '../stateProblem'

/** Who may take a transition-table action by role: 401 or 403 from the policy (src/access). */
export const requireRole = (req: PayloadRequest, transition: Transition): void =>
  requireRoleFor(req, transition.action)

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
