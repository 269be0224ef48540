import type { PayloadRequest } from 'payload'

export type SignerCredit = {
  reviewerName: string
  credentials: string
  printedName: string
  signedAt: string
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
  const signature = await req.payload.findByID({
    collection: 'signatures',
    id: signatureId,
    depth: 0,
    select: { printedName: true, signerName: true, signerCredentials: true, signedAt: true },
    req,
  })
  const recorded = Boolean(signature.signerName)
  return {
    reviewerName: recorded ? signature.signerName! : signature.printedName,
    credentials: recorded ? (signature.signerCredentials ?? '') : '',
    printedName: signature.printedName,
    signedAt: signature.signedAt,
  }
}
