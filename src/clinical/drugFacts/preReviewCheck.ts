import type { PreReviewCheck } from '../checks/registry'

import { ABOUT_A_DRUG } from '../../reviewRequests/requestReReview'
import { FACT_RULES, judgeDrugFacts } from './judge'
import { loadFactsSubject } from './load'

/**
 * Consistency across a drug's pages: doses and boxed warnings a version states against the
 * drug's facts and the other live or in-review pages about the drug (decision support: `warn`).
 */
export const drugFactsCheck: PreReviewCheck = {
  name: 'drug-facts',
  collections: ABOUT_A_DRUG,
  rules: FACT_RULES,
  run: async (req, target) => judgeDrugFacts(await loadFactsSubject(req, target)),
}
