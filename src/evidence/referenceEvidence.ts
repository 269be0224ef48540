import type { FieldHook, PayloadRequest } from 'payload'

import type { CitedWorkCheck, Reference } from '../payload-types'

import { isStaffUser } from '../access/roles'
import { citedWorkIdentifier, findCitedWorkCheck } from './citedWorkCheck'
import { titlesDiffer } from './titleSimilarity'

/** What the writer sees of a reference's check: the resolved work and whether it is retracted. */
export type ReferenceEvidence = {
  identifier: string
  status: CitedWorkCheck['status'] | 'not-checked'
  title: string | null
  journal: string | null
  year: number | null
  retracted: boolean
  retractionNotice: string | null
  /** The entered title names another work than the resolved one: check the identifier. */
  titleDiffers: boolean
  checkedAt: string | null
  lastError: string | null
}

export const evidenceOf = (
  reference: Partial<Reference>,
  identifier: string,
  check: CitedWorkCheck | undefined,
): ReferenceEvidence => ({
  identifier,
  status: check?.status ?? 'not-checked',
  title: check?.title ?? null,
  journal: check?.journal ?? null,
  year: check?.year ?? null,
  retracted: Boolean(check?.retracted),
  retractionNotice: check?.retractionNotice ?? null,
  titleDiffers: Boolean(
    check?.status === 'resolved' && check.title && titlesDiffer(reference.title ?? '', check.title),
  ),
  checkedAt: check?.checkedAt ?? null,
  lastError: check?.lastError ?? null,
})

export const referenceEvidence = async (
  req: PayloadRequest,
  reference: Partial<Reference>,
): Promise<ReferenceEvidence | null> => {
  const identifier = citedWorkIdentifier(reference)
  if (!identifier) return null
  return evidenceOf(reference, identifier, await findCitedWorkCheck(req, identifier))
}

/** The virtual `evidence` field: staff see the check; public reads skip the lookup. */
export const readReferenceEvidence: FieldHook<Reference> = async ({ data, req }) =>
  isStaffUser(req.user) && data ? referenceEvidence(req, data) : undefined
