import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '../../../payload-types'

import { endSessions, sessionOf } from '../../../auth/sessions'
import { changedFields } from '../protectedFields'

/**
 * What a signed-in session may do rests on these: a token issued before a change of role,
 * licence or sign-in email must not go on acting with the old ones. Payload itself ends the
 * other sessions on a password change (keeping the caller's own when they changed their own).
 */
export const SESSION_ENDING_FIELDS = ['role', 'licenceNumber', 'licenceExpiresAt', 'email'] as const

/**
 * Ends every session of the account after such a change, except the caller's own when they
 * changed their own account (an admin's own licence, say), so they are not signed out mid-edit.
 */
export const endSessionsOnAccountChange: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  if (!changedFields(SESSION_ENDING_FIELDS, previousDoc, doc).length) return doc
  const isSelf = Boolean(req.user) && String(req.user?.id) === String(doc.id)
  await endSessions(req.payload, doc.id, { keep: isSelf ? sessionOf(req) : undefined, req })
  return doc
}
