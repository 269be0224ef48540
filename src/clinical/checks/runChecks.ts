import type { PayloadRequest } from 'payload'

import type { ClinicalFinding } from '../finding'
import type { CheckTarget } from './registry'

import { settingsOf } from '../../config/settings'
import { preReviewChecksFor } from './registry'
import { appliedSeverity } from './severitySettings'

/**
 * Runs every registered pre-review check that reads the collection on the version, in
 * registration order, and gives each finding the publisher's severity for its rule
 * (CHECK_SEVERITY); `off` findings are dropped.
 */
export const runPreReviewChecks = async (
  req: PayloadRequest,
  target: CheckTarget,
): Promise<ClinicalFinding[]> => {
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
