import type { PayloadRequest } from 'payload'

import type { ClinicalFinding } from '../finding'
import type { CheckTarget } from './registry'

import { settingsOf } from '../../config/settings'
import { preReviewChecksFor } from './registry'
import { appliedSeverity } from './severitySettings'

/** A finding with the severity the publisher's settings give it (`off` findings are dropped). */
export type AppliedFinding = ClinicalFinding

/**
 * Runs every registered pre-review check that reads the collection on the version, in
 * registration order, and applies the publisher's severity per rule (CHECK_SEVERITY).
 */
export const runPreReviewChecks = async (
  req: PayloadRequest,
  target: CheckTarget,
): Promise<AppliedFinding[]> => {
  const overrides = settingsOf(req.payload).checkSeverity
  const found: ClinicalFinding[] = []
  for (const check of preReviewChecksFor(target.collection)) {
    found.push(...(await check.run(req, target)))
  }
  return found.flatMap((finding) => {
    const severity = appliedSeverity(finding, overrides)
    return severity === 'off' ? [] : [{ ...finding, severity }]
  })
}
