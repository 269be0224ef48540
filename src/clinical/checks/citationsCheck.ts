import type { Article } from '../../payload-types'
import type { MarkerProblem, MarkerProblemKind } from '../../evidence/citationMarkers'
import type { ClinicalFinding } from '../finding'
import type { PreReviewCheck } from './registry'

import { citingTexts, linkedReferences } from '../../evidence/articleTexts'
import { readCitationMarkers } from '../../evidence/citationMarkers'

const SOURCE = 'House rule: each citation marker [n] cites the n-th reference of the article'

const RULES: Record<MarkerProblemKind, string> = {
  'unknown-reference': 'citations.unknown-marker',
  'reversed-range': 'citations.reversed-range',
  'odd-form': 'citations.odd-marker',
}

const messageOf = (problem: MarkerProblem, referenceCount: number): string => {
  if (problem.kind === 'odd-form')
    return `this is not written as a citation marker, so it is not checked against the reference list; write it as ${problem.suggestion}`
  if (problem.kind === 'reversed-range')
    return 'this range runs backwards; write it from the lower number, e.g. [4–6]'
  return `this cites a reference the article does not list (it lists ${referenceCount}); add the reference or correct the number`
}

/**
 * The article's citation markers read against its reference list (src/evidence: the same reading
 * the sign-off refuses on): each marker that cites no listed reference, runs backwards or is
 * written in another form blocks, as the sign-off would refuse it; a reference nothing cites
 * advises.
 */
export const citationsCheck: PreReviewCheck = {
  name: 'citations',
  collections: ['articles'],
  rules: [...Object.values(RULES), 'citations.uncited-reference'],
  run: async (req, { doc }) => {
    const article = doc as Partial<Article>
    const references = await linkedReferences(req, article)
    const { problems, cited } = readCitationMarkers(
      await citingTexts(req, article),
      references.length,
    )
    const markers = problems.map((problem): ClinicalFinding => ({
      rule: RULES[problem.kind],
      severity: 'block',
      where: problem.where,
      field: problem.field ?? null,
      text: problem.marker,
      message: messageOf(problem, references.length),
      suggestion: problem.suggestion ?? null,
      source: SOURCE,
    }))
    const uncited = references.flatMap((reference, index): ClinicalFinding[] =>
      cited.has(index + 1)
        ? []
        : [
            {
              rule: 'citations.uncited-reference',
              severity: 'warn',
              where: `reference [${index + 1}]`,
              field: 'references',
              text: reference.title ?? '',
              message:
                'no marker in the text cites this reference; cite it where it supports the text, or remove it',
              suggestion: null,
              source: SOURCE,
            },
          ],
    )
    return [...markers, ...uncited]
  },
}
