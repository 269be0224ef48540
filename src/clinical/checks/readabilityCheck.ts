import type { Article } from '../../payload-types'
import type { PreReviewCheck } from './registry'

import { settingsOf } from '../../config/settings'
import { articleOwnTexts } from '../../evidence/articleTexts'
import { readabilityBySection } from '../../evidence/readability'

/**
 * The article's Flesch–Kincaid grade against READABILITY_MAX_GRADE (src/evidence/readability.ts):
 * advisory, as the workflow refuses it at the publication and never at the sign-off. Without a
 * maximum configured there is nothing to find.
 */
export const readabilityCheck: PreReviewCheck = {
  name: 'readability',
  collections: ['articles'],
  rules: ['readability.grade'],
  run: async (req, { doc }) => {
    const maxGrade = settingsOf(req.payload).readabilityMaxGrade
    if (maxGrade === undefined) return []
    const { overall, sections } = readabilityBySection(articleOwnTexts(doc as Partial<Article>))
    if (!overall || overall.grade <= maxGrade) return []
    const hardest = sections
      .filter((section) => section.grade > maxGrade)
      .map((section) => `${section.where} (grade ${section.grade})`)
    return [
      {
        rule: 'readability.grade',
        severity: 'warn',
        where: 'the article',
        field: null,
        text: `grade ${overall.grade}`,
        message: `the text reads at grade ${overall.grade}, above the maximum of ${maxGrade}, and its publication will be refused; simplify ${hardest.join(', ') || 'the text'}`,
        suggestion: null,
        source: 'Flesch–Kincaid grade level; the publisher’s READABILITY_MAX_GRADE',
      },
    ]
  },
}
