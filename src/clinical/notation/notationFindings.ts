import type { ReviewableDoc } from '../../workflow/documents'
import type { ReviewableCollection } from '../../workflow/states'
import type { ClinicalFinding } from '../finding'

import { clinicalTextsOf } from '../clinicalTexts'
import { adviceFor, lintText } from './lintText'
import { NOTATION_RULES, type NotationRule } from './rules'

/** The dose-notation findings in a document's own clinical texts, by place and field. */
export const notationFindings = (
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  rules: readonly NotationRule[] = NOTATION_RULES,
): ClinicalFinding[] =>
  clinicalTextsOf(collection, doc).flatMap(({ where, field, text }) =>
    lintText(text, rules).map((hit) => ({
      rule: hit.rule,
      severity: hit.severity,
      where,
      field,
      text: hit.text,
      // The finding's sentence names the place and the text (checks/findingWords.ts).
      message: adviceFor(hit),
      suggestion: hit.suggestion,
      source: hit.source,
    })),
  )
