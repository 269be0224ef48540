import type { PayloadRequest } from 'payload'

import type { RequirementTarget } from '../../workflow/requirements'
import type { SignatureRecord } from '../../workflow/signatureRecords'

import { contentHashIn } from '../../workflow/contentHash'
import { latestVersionId } from '../../workflow/documents'
import { runPreReviewChecks } from './runChecks'
import { checksSummary } from './signatureSummary'
import { latestCheckResult, storeCheckResult } from './storedResults'

/**
 * The pre-review checks a signature records: the result stored for the content signed (its
 * hash), or, for content no submit checked (from before the checks, or signed without a
 * submit), the checks run now and stored with the version signed.
 */
export const checksOnSignature = async (
  req: PayloadRequest,
  { collection, doc }: RequirementTarget,
): Promise<SignatureRecord> => {
  const documentId = String(doc.id)
  const contentHash = contentHashIn(req, collection, doc)
  const result =
    (await latestCheckResult(req, collection, documentId, contentHash)) ??
    (await storeCheckResult(req, {
      collection,
      documentId,
      versionId: (await latestVersionId(req, collection, documentId)) ?? documentId,
      contentHash,
      occasion: 'sign-off',
      findings: await runPreReviewChecks(req, { collection, doc }),
    }))
  return { preReviewChecks: { result: result.id, ...checksSummary(result.findings ?? []) } }
}
