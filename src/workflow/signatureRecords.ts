import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { RequirementTarget } from './requirements'

/** What a feature records on a signature as it is given (the evidence: DailyMed label versions). */
export type SignatureRecord = Partial<Pick<Signature, 'labelVersions'>>

type Recorder = (req: PayloadRequest, target: RequirementTarget) => Promise<SignatureRecord>

// Keyed by name: registering again replaces, never doubles.
const RECORDERS = new Map<string, Recorder>()

/** Registered at start-up (src/features.ts): asked at every sign-off, in registration order. */
export const registerSignatureRecord = (name: string, record: Recorder): void => {
  RECORDERS.set(name, record)
}

/** Every registered feature's fields for the signature about to be stored. */
export const signatureRecordsFor = async (
  req: PayloadRequest,
  target: RequirementTarget,
): Promise<SignatureRecord> => {
  let fields: SignatureRecord = {}
  for (const record of RECORDERS.values()) fields = { ...fields, ...(await record(req, target)) }
  return fields
}
