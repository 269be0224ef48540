import type { ClinicalFinding } from '../finding'

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const withStop = (text: string): string =>
  /[.!?][”"’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`

/** A finding in one sentence, where and what first: “The summary: “1.0 mg” — write “1 mg”.” */
type Words = { where: string; text?: string | null }

export const findingSentence = (finding: Words & Pick<ClinicalFinding, 'message'>): string =>
  finding.text
    ? `${capitalised(finding.where)}: “${finding.text}” — ${withStop(finding.message)}`
    : `${capitalised(finding.where)}: ${withStop(finding.message)}`

/** A finding as the signature's sentence names it: “10mg” in the summary. */
export const findingPlace = (finding: Words & Pick<ClinicalFinding, 'rule'>): string =>
  finding.text ? `“${finding.text}” in ${finding.where}` : `${finding.rule} in ${finding.where}`
