import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { RequirementTarget } from './requirements'

import { keyedRegistry } from './keyedRegistry'

/**
 * What a feature records on a signature as it is given (the evidence: DailyMed label versions;
 * delivery: the hash of the page as signed; the clinical checks: their findings in a sentence).
 */
export type SignatureRecord = Partial<
  Pick<Signature, 'labelVersions' | 'preReviewChecks' | 'renditionHash'>
>

type Recorder = (req: PayloadRequest, target: RequirementTarget) => Promise<SignatureRecord>

const RECORDERS = keyedRegistry<Recorder>()

/** Registered at start-up (src/features.ts): asked at every sign-off, in registration order. */
export const registerSignatureRecord = RECORDERS.register

/** Every registered feature's fields for the signature about to be stored. */
export const signatureRecordsFor = async (
  req: PayloadRequest,
  target: RequirementTarget,
): Promise<SignatureRecord> => {
  let fields: SignatureRecord = {}
  for (const record of RECORDERS.entries()) fields = { ...fields, ...(await record(req, target)) }
  return fields
}
