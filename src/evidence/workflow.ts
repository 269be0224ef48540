import type { Article } from '../payload-types'
import type { ChecklistItem } from '../workflow/checklistItem'

import { registerRequirement } from '../workflow/requirements'
import { registerSignatureRecord } from '../workflow/signatureRecords'
import { evidenceChecklist } from './evidenceChecklist'
import { labelVersionsAtSigning } from './labelVersionsAtSigning'

/** Readability informs the writer and holds up publication, never a signature. */
const SIGN_OFF_EXEMPT = new Set<ChecklistItem['requirement']>(['readability'])

/**
 * An article's evidence (citations resolve, none retracted, readability) is a requirement of its
 * publication and, but for readability, of its sign-off; each signature records the DailyMed label
 * versions it was given on. Called once at start-up (src/features.ts); registering again changes
 * nothing.
 */
export const registerEvidenceWithWorkflow = (): void => {
  registerRequirement<ChecklistItem[]>({
    name: 'evidence',
    collections: ['articles'],
    load: (req, { doc }) => evidenceChecklist(req, doc as Partial<Article>),
    publish: { after: 'linked-published', judge: (items) => items },
    signOff: (items) =>
      items
        .filter((entry) => !SIGN_OFF_EXEMPT.has(entry.requirement))
        .flatMap((entry) => entry.problems),
  })
  registerSignatureRecord('label-versions', async (req, { doc }) => ({
    labelVersions: await labelVersionsAtSigning(req, doc as { drugs?: unknown }),
  }))
}
