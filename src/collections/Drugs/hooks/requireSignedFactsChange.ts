import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

import { isEditorOrAdmin } from '../../../access/roles'
import { requireEnrolmentToSign } from '../../../auth/secondFactor/enrolmentRequired'
import { factsOf, sameFacts } from '../../../drugs/facts/facts'
import { factsNotYours, unsignedFactsChange } from '../../../drugs/facts/refusals'
import { reauthenticate } from '../../../workflow/actions/reauthenticate'

const given = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * A drug's facts are signed like content, on every path (REST, GraphQL, the Local API): a change
 * needs an editor or admin, a reason and their password again (and the code of their second
 * factor when they have one; a role that must have one signs only once it is set up). The password and code are checked here and never stored.
 */
export const requireSignedFactsChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const { signerPassword, signerTotp, ...rest } = data as Record<string, unknown>
  // Payload fills subfields not sent from the stored document before this hook runs.
  const before = factsOf(originalDoc?.facts)
  if (sameFacts(before, factsOf(rest.facts ?? originalDoc?.facts))) return rest
  if (!req.user || !isEditorOrAdmin(req.user)) throw factsNotYours()
  const reason = given(rest.factsChangeReason)
  const password = given(signerPassword)
  if (!reason || !password) throw unsignedFactsChange({ reason: !reason, password: !password })
  const signer = req.user as User
  await requireEnrolmentToSign(req.payload, signer)
  const totp = given(signerTotp) || undefined
  await reauthenticate(
    req,
    req.user as User,
    { password, totp },
    {
      collection: 'drugs',
      id: String(originalDoc?.id ?? 'new'),
    },
  )
  return { ...rest, factsChangeReason: reason }
}
