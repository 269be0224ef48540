import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

import { relationId } from '../shared/relations'
import { peopleNames } from './peopleNames'

/** The licence verification a signature relied on, as the signature records it. */
export const verificationOnRecord = async (req: PayloadRequest, signer: User) => {
  const verifier = relationId(signer.licenceVerifiedBy)
  const [name] = verifier ? await peopleNames(req, [verifier]) : []
  return {
    licenceNumber: signer.licenceNumber ?? null,
    issuer: signer.licenceIssuer ?? null,
    source: signer.licenceVerificationSource ?? null,
    verifiedAt: signer.licenceVerifiedAt ?? null,
    verifiedByName: name?.name ?? null,
    reverifyBy: signer.licenceReverifyBy ?? null,
  }
}
