import type { DrugFacts } from '../../drugs/facts/facts'
import type { ClinicalText } from '../clinicalTexts'

/** A drug as the check reads it: its names (to tell which drug a text speaks of) and its facts. */
export type FactsDrug = { id: string; name: string; names: string[]; facts: DrugFacts }

/**
 * Another document about the drug, as one of its versions stands: "the FAQ “How much baclofen
 * can I take?” (live)" and its clinical texts.
 */
export type OtherDocument = { label: string; drugIds: string[]; texts: ClinicalText[] }

/** What the drug-facts check reads about one version of a document. */
export type FactsSubject = {
  /** The drugs the document is about (its `drugs` relation). */
  drugIds: string[]
  texts: ClinicalText[]
  /** The live and in-review versions of the other documents about those drugs. */
  others: OtherDocument[]
  /** Every drug named above, by id. */
  drugs: Map<string, FactsDrug>
}

const mentions = (text: string, name: string): boolean =>
  new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(
    text,
  )

/**
 * Whether a text speaks of this drug: the document is about it alone, or the text (or its place,
 * a comparison cell's treatment) names it and none of the document's other drugs.
 */
export const speaksOf = (
  drug: FactsDrug,
  drugIds: string[],
  part: ClinicalText,
  drugs: Map<string, FactsDrug>,
): boolean => {
  if (!drugIds.includes(drug.id)) return false
  if (drugIds.length === 1) return true
  const words = `${part.where} ${part.text}`
  const named = drugIds.filter((id) =>
    (drugs.get(id)?.names ?? []).some((name) => mentions(words, name)),
  )
  return named.length === 1 && named[0] === drug.id
}
