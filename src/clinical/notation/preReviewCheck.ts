import type { PreReviewCheck } from '../checks/registry'

import { notationFindings } from './notationFindings'

/** The dose and unit notation lint (ISMP, The Joint Commission) as a pre-review check. */
export const notationCheck: PreReviewCheck = {
  name: 'notation',
  collections: ['articles', 'faqs', 'comparison-rows'],
  run: async (_req, { collection, doc }) => notationFindings(collection, doc),
}
