import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

export type SignerCredit = { reviewerName: string; credentials: string; printedName: string; signedAt: string }

/**
 * Who signed a sign-off, as pages print it: the reviewer's current name and credentials (the
 * printed name of the signature when the account has none). Public by design; the rest of the
 * account is not read.
 */
export const signerCredit = async (req: PayloadRequest, signatureId: string): Promise<SignerCredit> => {
  const signature = await req.payload.findByID({
    collection: 'signatures',
    id: signatureId,
    depth: 1,
    select: { reviewer: true, printedName: true, signedAt: true },
    populate: { users: { fullName: true, credentials: true } },
    req,
  })
  const reviewer: Partial<Pick<User, 'credentials' | 'fullName'>> =
    typeof signature.reviewer === 'object' ? signature.reviewer : {}
  return {
    reviewerName: reviewer.fullName ?? signature.printedName,
    credentials: reviewer.credentials ?? '',
    printedName: signature.printedName,
    signedAt: signature.signedAt,
  }
}
