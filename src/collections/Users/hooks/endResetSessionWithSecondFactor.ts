import type { CollectionAfterOperationHook } from 'payload'

import { isEnrolled, readSecondFactor } from '../../../auth/secondFactor/storedFactor'
import { endSessions } from '../../../auth/sessions'

/**
 * Payload signs the user in after a password reset (REST and GraphQL). An account with a second
 * factor must give its code to sign in, so that session ends at once: the new password works,
 * and the next login asks for the code.
 */
export const endResetSessionWithSecondFactor: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'resetPassword') return result
  const id = (result as { user?: { id?: number | string } } | undefined)?.user?.id
  const account = id === undefined ? null : await readSecondFactor(req.payload, id)
  if (!account || !isEnrolled(account)) return result
  await endSessions(req.payload, account.id)
  return { ...result, token: undefined }
}
