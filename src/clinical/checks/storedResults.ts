import type { PayloadRequest, Where } from 'payload'

import type { PreReviewCheck } from '../../payload-types'
import type { ReviewableCollection } from '../../workflow/states'
import type { ClinicalFinding } from '../finding'

export type StoredFinding = NonNullable<PreReviewCheck['findings']>[number]

const SLUG = 'pre-review-checks'

const ofDocument = (collection: ReviewableCollection, id: string): Where[] => [
  { collectionSlug: { equals: collection } },
  { documentId: { equals: id } },
]

/** The newest result of a document's checks: the only one a pharmacist may still accept in. */
export const latestCheckResult = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  contentHash?: string,
): Promise<PreReviewCheck | undefined> => {
  const { docs } = await req.payload.find({
    collection: SLUG,
    where: {
      and: [
        ...ofDocument(collection, id),
        ...(contentHash ? [{ contentHash: { equals: contentHash } }] : []),
      ],
    },
    sort: ['-ranAt', '-createdAt'],
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]
}

/** The same finding again: same rule, same place, same characters. */
const sameFinding = (a: Pick<StoredFinding, 'field' | 'rule' | 'text' | 'where'>, b: typeof a) =>
  a.rule === b.rule &&
  a.where === b.where &&
  (a.field ?? null) === (b.field ?? null) &&
  (a.text ?? '') === (b.text ?? '')

const acceptanceOf = (finding: StoredFinding) =>
  finding.acceptedAt
    ? {
        acceptedBy: finding.acceptedBy,
        acceptedByName: finding.acceptedByName,
        acceptedAt: finding.acceptedAt,
        reason: finding.reason,
      }
    : {}

/**
 * Stores one run of the checks on a version. Each submit stores a new result (the record keeps
 * every run); a pharmacist's acceptance of a finding still on the same content (same hash, same
 * rule, place and text) carries over from the result before, so a resubmission without changes
 * does not ask for it again.
 */
export const storeCheckResult = async (
  req: PayloadRequest,
  run: {
    collection: ReviewableCollection
    documentId: string
    versionId: string
    contentHash: string
    occasion: 'sign-off' | 'submit'
    findings: ClinicalFinding[]
  },
): Promise<PreReviewCheck> => {
  const before = await latestCheckResult(req, run.collection, run.documentId, run.contentHash)
  const findings = run.findings.map((finding) => {
    const earlier = before?.findings?.find((stored) => sameFinding(stored, finding))
    return {
      rule: finding.rule,
      severity: finding.severity,
      where: finding.where,
      field: finding.field,
      text: finding.text,
      message: finding.message,
      suggestion: finding.suggestion,
      source: finding.source,
      ...(earlier && finding.severity === 'warn' ? acceptanceOf(earlier) : {}),
    }
  })
  return req.payload.create({
    collection: SLUG,
    data: {
      collectionSlug: run.collection,
      documentId: run.documentId,
      versionId: run.versionId,
      contentHash: run.contentHash,
      ranAt: new Date().toISOString(),
      ranBy: req.user && 'role' in req.user ? req.user.id : null,
      occasion: run.occasion,
      blocking: findings.filter((finding) => finding.severity === 'block').length,
      advisory: findings.filter((finding) => finding.severity === 'warn').length,
      findings,
    },
    depth: 0,
    req,
  })
}
