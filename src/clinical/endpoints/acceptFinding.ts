import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { PreReviewCheck, User } from '../../payload-types'

import { requireAllowed, requireRoleFor, verdictFor } from '../../access/allowed'
import { ConflictError, fieldRefusal } from '../../errors'
import { parseInput } from '../../validation/parseInput'
import { recordAudit } from '../../workflow/audit'
import { contentHashIn } from '../../workflow/contentHash'
import { findLatest } from '../../workflow/documents'
import { type ReviewableCollection } from '../../workflow/states'
import { latestCheckResult } from '../checks/storedResults'

export const acceptBodySchema = z.object({
  finding: z
    .string()
    .trim()
    .min(1, 'name the finding to accept (its id in the result’s findings)')
    .max(64)
    .meta({ description: 'The id of the finding in the result’s `findings`.' }),
  reason: z
    .string()
    .trim()
    .min(3, 'give the reason this finding is acceptable as written')
    .max(2000)
    .meta({ description: 'Why the finding is acceptable as written; recorded and audited.' }),
})

const SLUG = 'pre-review-checks'

/** The result is the latest of its document, and the document still has the content checked. */
const requireCurrent = async (req: PayloadRequest, result: PreReviewCheck) => {
  const collection = result.collectionSlug as ReviewableCollection
  const latest = await latestCheckResult(req, collection, result.documentId)
  if (String(latest?.id) !== String(result.id))
    throw new ConflictError(
      'These are not the latest check results of the document: accept findings in the latest ones.',
    )
  const doc = await findLatest(req, collection, result.documentId)
  if (contentHashIn(req, collection, doc) !== result.contentHash)
    throw new ConflictError(
      'The document changed since these checks ran; they run again when it is submitted.',
    )
  return { collection, doc }
}

/**
 * A pharmacist accepts an advisory finding of the latest check results with a reason: recorded
 * on the finding (who, when, why) and in the audit trail. A blocking finding is fixed, never
 * accepted; an accepted one is not accepted again.
 */
export const acceptFinding = async (req: PayloadRequest, id: string, input: unknown) => {
  requireRoleFor(req, 'check-accept')
  const result = await req.payload.findByID({
    collection: SLUG,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const { collection, doc } = await requireCurrent(req, result)
  await requireAllowed(req, 'check-accept', { collection, doc })
  // Four eyes: whoever wrote the content does not judge its findings.
  const verdict = await verdictFor(req, 'check-accept', { collection, doc })
  if (!verdict.allowed)
    throw new ConflictError(`You cannot accept this finding: ${verdict.message}.`)
  const body = parseInput(acceptBodySchema, input)
  const finding = result.findings?.find((stored) => stored.id === body.finding)
  if (!finding)
    throw fieldRefusal(SLUG, 'finding', 'These check results have no finding with this id.')
  if (finding.severity === 'block')
    throw new ConflictError('A blocking finding is fixed in the text, not accepted.')
  if (finding.acceptedAt)
    throw new ConflictError(
      `This finding was accepted already, by ${finding.acceptedByName ?? 'a pharmacist'} on ${finding.acceptedAt.slice(0, 10)}.`,
    )
  const user = req.user as User
  const acceptance = {
    acceptedBy: user.id,
    acceptedByName: user.fullName || user.email,
    acceptedAt: new Date().toISOString(),
    reason: body.reason,
  }
  const updated = await req.payload.update({
    collection: SLUG,
    id: result.id,
    data: {
      findings: (result.findings ?? []).map((stored) =>
        stored.id === finding.id ? { ...stored, ...acceptance } : stored,
      ),
    },
    depth: 0,
    req,
  })
  await recordAudit(req, {
    action: 'check-finding-accepted',
    collectionSlug: collection,
    documentId: result.documentId,
    versionId: result.versionId,
    contentHash: result.contentHash,
    comment: body.reason,
    details: {
      checkResultId: String(result.id),
      findingId: finding.id,
      rule: finding.rule,
      where: finding.where,
      text: finding.text ?? '',
    },
  })
  const accepted = updated.findings?.find((stored) => stored.id === finding.id)
  return {
    result: { ...updated, id: String(updated.id) },
    finding: accepted,
    message: 'Accepted, with your reason recorded.',
  }
}
