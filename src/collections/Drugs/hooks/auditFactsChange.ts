import type { CollectionAfterChangeHook } from 'payload'

import type { Drug, User } from '../../../payload-types'

import { factsOf, sameFacts } from '../../../drugs/facts/facts'
import { personName } from '../../../workflow/assignment'
import { recordAudit } from '../../../workflow/audit'

/**
 * Every change of a drug's facts is audited like a signature: before and after, who signed it
 * (the password was checked by requireSignedFactsChange) and why.
 */
export const auditFactsChange: CollectionAfterChangeHook<Drug> = async ({
  data,
  doc,
  previousDoc,
  req,
}) => {
  const before = factsOf(previousDoc?.facts)
  const after = factsOf(doc.facts)
  if (sameFacts(before, after)) return doc
  const signer = req.user as User | null
  const signerName = signer ? personName(signer) : 'nobody'
  const reason = String((data as { factsChangeReason?: unknown }).factsChangeReason ?? '')
  await recordAudit(req, {
    action: 'drug-facts-changed',
    collectionSlug: 'drugs',
    documentId: String(doc.id),
    comment: `${signerName} changed the facts of ${doc.name}: ${reason}`,
    details: {
      from: before,
      to: after,
      reason,
      signer: { id: signer?.id ?? null, name: signerName },
    },
  })
  return doc
}
