import type { PayloadRequest } from 'payload'

import { relationId } from '../shared/relations'

/** A signer as the byline names them. */
export type Credit = { reviewerName: string; credentials: string }

export type SignerCredit = Credit & {
  printedName: string
  signedAt: string
  /** High-risk content: who gave the first of its two signatures (the byline names both). */
  firstSigner?: Credit
}

const creditOf = async (req: PayloadRequest, signatureId: string) => {
  const signature = await req.payload.findByID({
    collection: 'signatures',
    id: signatureId,
    depth: 0,
    select: {
      printedName: true,
      signerName: true,
      signerCredentials: true,
      signedAt: true,
      countersigns: true,
    },
    req,
  })
  const recorded = Boolean(signature.signerName)
  return {
    reviewerName: recorded ? signature.signerName! : signature.printedName,
    credentials: recorded ? (signature.signerCredentials ?? '') : '',
    printedName: signature.printedName,
    signedAt: signature.signedAt,
    countersigns: relationId(signature.countersigns),
  }
}

/**
 * Who signed a sign-off, as pages print it: the name and credentials the signature recorded when
 * it was signed, never the account's current profile (which could otherwise rewrite the byline of
 * every page a reviewer signed). Signatures from before those were recorded print `printedName`.
 */
export const signerCredit = async (
  req: PayloadRequest,
  signatureId: string,
): Promise<SignerCredit> => {
  const { countersigns, ...credit } = await creditOf(req, signatureId)
  if (!countersigns) return credit
  const first = await creditOf(req, countersigns)
  return {
    ...credit,
    firstSigner: { reviewerName: first.reviewerName, credentials: first.credentials },
  }
}
