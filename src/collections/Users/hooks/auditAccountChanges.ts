import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '../../../payload-types'

import { recordAudit } from '../../../workflow/audit'
import { AUDITED_ACCOUNT_FIELDS, changedFields } from '../protectedFields'
import { readContext } from '../../../shared/requestContext'

/**
 * A signature's meaning rests on who the signer is: changes to roles, names, credentials, licences
 * and sign-in credentials are audited (values before and after; passwords only as "changed").
 */
export const auditAccountChanges: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  const changes = Object.fromEntries(
    changedFields(AUDITED_ACCOUNT_FIELDS, previousDoc, doc).map((field) => [
      field,
      { from: previousDoc?.[field] ?? null, to: doc[field] ?? null },
    ]),
  )
  const credentialChange = readContext(req, 'credentialChange')
  if (credentialChange?.password) {
    await recordAudit(req, {
      action: credentialChange.byAdminForOther ? 'password-reset' : 'password-changed',
      collectionSlug: 'users',
      documentId: String(doc.id),
    })
  }
  if (!Object.keys(changes).length) return doc
  await recordAudit(req, {
    action: 'account-changed',
    collectionSlug: 'users',
    documentId: String(doc.id),
    details: { changes },
  })
  return doc
}
