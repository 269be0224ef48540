import type { StoredFinding } from './storedResults'

import { findingPlace } from './findingWords'

export type ChecksSummary = {
  blocking: number
  advisory: number
  accepted: number
  summary: string
}

const count = (number: number, one: string, many: string) =>
  `${number} ${number === 1 ? one : many}`

const acceptance = (finding: StoredFinding): string =>
  finding.acceptedAt
    ? `accepted by ${finding.acceptedByName ?? 'a pharmacist'}: ${finding.reason ?? ''}`.trim()
    : 'not accepted'

/**
 * What a signature says of the pre-review checks of the content it signs: "Signed with 0
 * blocking and 2 advisory findings: “10mg” in the summary (accepted by …: …), “click here” in
 * the introduction (not accepted)." An advisory finding nobody accepted does not stop a
 * signature; the sentence says which were accepted and which were not.
 */
export const checksSummary = (findings: readonly StoredFinding[]): ChecksSummary => {
  const blocking = findings.filter((finding) => finding.severity === 'block')
  const advisory = findings.filter((finding) => finding.severity === 'warn')
  const head = `Signed with ${blocking.length} blocking and ${count(advisory.length, 'advisory finding', 'advisory findings')}`
  const listed = [
    ...blocking.map((finding) => `${findingPlace(finding)} (blocking)`),
    ...advisory.map((finding) => `${findingPlace(finding)} (${acceptance(finding)})`),
  ]
  return {
    blocking: blocking.length,
    advisory: advisory.length,
    accepted: advisory.filter((finding) => finding.acceptedAt).length,
    summary: listed.length ? `${head}: ${listed.join(', ')}.` : `${head}.`,
  }
}
