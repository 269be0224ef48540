import type { Article } from '../../payload-types'
import type { ClinicalFinding } from '../finding'
import type { PreReviewCheck } from './registry'

import { linkedReferences } from '../../evidence/articleTexts'
import { readCitationMarkers } from '../../evidence/citationMarkers'
import { citingTexts } from '../../evidence/articleTexts'
import { referenceEvidence } from '../../evidence/referenceEvidence'

/**
 * Each reference the article cites whose work Crossref or PubMed mark as retracted (the evidence
 * watch's record, src/evidence/referenceEvidence.ts): it blocks, as the sign-off refuses it. A
 * listed reference no marker cites is the citations check's to name.
 */
export const retractedReferencesCheck: PreReviewCheck = {
  name: 'retracted-references',
  collections: ['articles'],
  rules: ['references.retracted'],
  run: async (req, { doc }) => {
    const article = doc as Partial<Article>
    const references = await linkedReferences(req, article)
    const { cited } = readCitationMarkers(await citingTexts(req, article), references.length)
    const found: ClinicalFinding[] = []
    for (const [index, reference] of references.entries()) {
      const evidence = await referenceEvidence(req, reference)
      if (!evidence?.retracted) continue
      found.push({
        rule: 'references.retracted',
        severity: 'block',
        where: `reference [${index + 1}]${cited.has(index + 1) ? '' : ' (listed, not cited)'}`,
        field: 'references',
        text: reference.title ?? evidence.identifier,
        message: `the work (${evidence.identifier}) is retracted${evidence.retractionNotice ? ` (${evidence.retractionNotice})` : ''}; remove or replace it`,
        suggestion: null,
        source: 'Crossref and PubMed retraction notices, as the evidence watch last read them',
      })
    }
    return found
  },
}
