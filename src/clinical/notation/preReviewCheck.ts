import type { PreReviewCheck } from '../checks/registry'

import { notationFindings } from './notationFindings'
import { NOTATION_RULES } from './rules'

/** The dose and unit notation lint (ISMP, The Joint Commission) as a pre-review check. */
export const notationCheck: PreReviewCheck = {
  name: 'notation',
  collections: ['articles', 'faqs', 'comparison-rows'],
  rules: NOTATION_RULES.map((rule) => rule.code),
  run: async (_req, { collection, doc }) => notationFindings(collection, doc),
}
