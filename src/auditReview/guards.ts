import type { PayloadRequest } from 'payload'

import { isInspector, signsAuditReviews } from '../access/roles'
import { ForbiddenError, NotLoggedInError } from '../errors'

/** Editors, admins and QA read the audit-trail review (they read and export the audit log). */
export const requireReviewReader = (req: PayloadRequest): void => {
  if (!req.user) throw new NotLoggedInError('Log in to read the audit-trail review.')
  if (!isInspector(req.user))
    throw new ForbiddenError('Only QA, editors and admins read the audit-trail review.')
}

/**
 * Only QA signs it: a review by someone whose own changes are in the trail (an admin's account
 * changes, an editor's publications) would be no independent review.
 */
export const requireReviewSigner = (req: PayloadRequest): void => {
  if (!req.user) throw new NotLoggedInError('Log in to sign the audit-trail review.')
  if (!signsAuditReviews(req.user))
    throw new ForbiddenError('Only QA accounts sign the audit-trail review.')
}
