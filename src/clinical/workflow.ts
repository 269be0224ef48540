import type { PublishRequirement } from '../workflow/checklistItem'
import type { ClinicalFinding } from './finding'

import { contentHashIn } from '../workflow/contentHash'
import { registerSignatureRecord } from '../workflow/signatureRecords'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import { registerSubmissionCheck, type SubmissionFinding } from '../workflow/submissionChecks'
import { accessibilityCheck } from './checks/accessibilityCheck'
import { citationsCheck } from './checks/citationsCheck'
import { findingSentence } from './checks/findingWords'
import { readabilityCheck } from './checks/readabilityCheck'
import { registerPreReviewCheck } from './checks/registry'
import { retractedReferencesCheck } from './checks/retractedReferences'
import { runPreReviewChecks } from './checks/runChecks'
import { checksOnSignature } from './checks/signatureRecord'
import { storeCheckResult } from './checks/storedResults'

/** The evidence checklist items a finding says again: the completeness lists those once. */
const restated = (rule: string): PublishRequirement | undefined =>
  rule.startsWith('citations.')
    ? 'citations-resolve'
    : rule === 'references.retracted'
      ? 'no-retracted-citations'
      : rule === 'readability.grade'
        ? 'readability'
        : undefined

const asSubmissionFinding = (finding: ClinicalFinding): SubmissionFinding => ({
  check: finding.rule,
  message: findingSentence(finding),
  field: finding.field,
  blocks: finding.severity === 'block',
  ...(restated(finding.rule) ? { restates: restated(finding.rule) } : {}),
})

/** The checks this feature brings itself; the dose notation and drug facts register their own. */
export const registerBuiltInPreReviewChecks = (): void => {
  registerPreReviewCheck(citationsCheck)
  registerPreReviewCheck(retractedReferencesCheck)
  registerPreReviewCheck(readabilityCheck)
  registerPreReviewCheck(accessibilityCheck)
}

/**
 * The pre-review checks join the workflow: every submit runs them on the version submitted (a
 * blocking finding refuses it) and stores the result with it; the completeness check shows them
 * beforehand; each signature records them in a sentence. Called once at start-up
 * (src/features.ts); registering again changes nothing.
 */
export const registerClinicalChecksWithWorkflow = (): void => {
  registerBuiltInPreReviewChecks()
  registerSubmissionCheck({
    name: 'pre-review-checks',
    collections: REVIEWABLE_COLLECTIONS,
    review: async (req, { collection, doc }) => {
      const findings = await runPreReviewChecks(req, { collection, doc })
      return {
        findings: findings.map(asSubmissionFinding),
        store: async ({ versionId }) => {
          await storeCheckResult(req, {
            collection,
            documentId: String(doc.id),
            versionId,
            contentHash: contentHashIn(req, collection, doc),
            occasion: 'submit',
            findings,
          })
        },
      }
    },
  })
  registerSignatureRecord('pre-review-checks', checksOnSignature)
}
