import type { Article, ComparisonRow, Faq, Reference } from '../../payload-types'
import type { ChecklistItem } from '../checklistItem'
import type { ReviewableDoc } from '../documents'
import type { BaseFacts } from '../publication/facts'
import type { ReviewableCollection } from '../states'
import type { SubmissionFinding } from '../submissionChecks'
import type { Completeness } from './schema'

import { articleFindings } from './article'
import { disclaimerFindings } from './disclaimer'
import { evidenceFindings } from './evidence'
import type { Found } from './finding'
import { comparisonRowFindings, faqFindings, referenceFindings } from './others'

/** What the check reads: the latest version and what the publication would find on it. */
export type CompletenessFacts = {
  collection: ReviewableCollection
  doc: Partial<ReviewableDoc>
  /** null: the collection prints no disclaimer (the publication's facts, publication/facts.ts). */
  disclaimer: BaseFacts['disclaimer']
  /** The registered requirements' checklist items on this version (citations, readability). */
  requirementItems: ChecklistItem[]
  /** What the registered submission checks find on this version (the pre-review checks). */
  submissionFindings?: SubmissionFinding[]
}

/**
 * The submission checks' findings: a blocking one blocks here too. One that restates an item the
 * checklist already lists (a citation marker) is left to that item, so it is said once.
 */
const submissionFound = (facts: CompletenessFacts): Found[] => {
  const listed = new Set(facts.requirementItems.map((entry) => entry.requirement))
  return (facts.submissionFindings ?? [])
    .filter((finding) => !(finding.restates && listed.has(finding.restates)))
    .map((finding) => ({
      severity: finding.blocks ? 'blocker' : 'warning',
      check: finding.check,
      message: finding.message,
      field: finding.field,
    }))
}

// The latest version as stored; each reads its collection's fields (payload-types).
const OWN_FIELDS: Record<ReviewableCollection, (doc: Partial<ReviewableDoc>) => Found[]> = {
  articles: (doc) => articleFindings(doc as Partial<Article>),
  faqs: (doc) => faqFindings(doc as Partial<Faq>),
  'comparison-rows': (doc) => comparisonRowFindings(doc as Partial<ComparisonRow>),
  references: (doc) => referenceFindings(doc as Partial<Reference>),
}

/**
 * What is empty or weak in a document before it goes to review, blockers first. A blocker is
 * only what the API refuses on this version anyway: a required field (every save), a disclaimer,
 * a citation or the reading grade (the sign-off or the publication), a blocking pre-review check
 * (the submission); the rest warns. Pure: the
 * facts were loaded once (load.ts).
 */
export const completenessOf = (
  facts: CompletenessFacts,
): Pick<Completeness, 'ready' | 'blockers' | 'warnings'> => {
  const found = [
    ...OWN_FIELDS[facts.collection](facts.doc),
    ...disclaimerFindings(facts.disclaimer),
    ...evidenceFindings(facts.requirementItems),
    ...submissionFound(facts),
  ]
  const of = (severity: Found['severity']) =>
    found
      .filter((entry) => entry.severity === severity)
      .map(({ check, message, field }) => ({ check, message, field }))
  const blockers = of('blocker')
  return { ready: blockers.length === 0, blockers, warnings: of('warning') }
}
