import type { ChecklistItem, PublishRequirement } from '../checklistItem'

import { blocker, type Found, sentence, warning } from './finding'

/**
 * The registered requirements' checklist items a writer fixes, and the field each points at (null:
 * the problem names where it is). Each is refused later: citations and retractions at the sign-off
 * and the publication, readability at the publication. Open review threads are the reviewer's to
 * resolve, so they do not hold up a resubmission.
 */
const WRITER_FIXES: Partial<Record<PublishRequirement, string | null>> = {
  'citations-resolve': null,
  'no-retracted-citations': 'references',
  readability: null,
}

/**
 * The evidence findings of the publication checklist (src/workflow/requirements.ts), as the
 * check's blockers; a reference nothing cites (a note of `citations-resolve`) only warns.
 */
export const evidenceFindings = (checklist: ChecklistItem[]): Found[] =>
  checklist.flatMap((entry) => {
    if (!(entry.requirement in WRITER_FIXES)) return []
    const field = WRITER_FIXES[entry.requirement] ?? null
    return [
      ...entry.problems.map((problem) => blocker(entry.requirement, sentence(problem), field)),
      ...(entry.requirement === 'citations-resolve'
        ? (entry.notes ?? []).map((note) =>
            warning('uncited-reference', sentence(note), 'references'),
          )
        : []),
    ]
  })
