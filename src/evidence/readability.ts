import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

import type { TextPart } from './citationMarkers'

export type Readability = { grade: number; words: number; sentences: number }

const WORD = /\p{L}[\p{L}'’-]*/gu
const HAS_WORD = /\p{L}/u

/**
 * The Flesch–Kincaid grade of a text: counts by sentence and word here, syllables and the formula
 * from maintained packages (`syllable`, `flesch-kincaid`). Undefined for a text without words.
 */
export const readabilityOf = (text: string): Readability | undefined => {
  const words = text.match(WORD) ?? []
  if (!words.length) return undefined
  const sentences = Math.max(
    1,
    text.split(/[.!?…]+(?=\s|$)/).filter((s) => HAS_WORD.test(s)).length,
  )
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0)
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences }
}

export type SectionReadability = Readability & { where: string }

/** The grade of the whole and of each part that has words. */
export const readabilityBySection = (
  parts: TextPart[],
): { overall: Readability | undefined; sections: SectionReadability[] } => ({
  overall: readabilityOf(parts.map((part) => part.text).join('\n')),
  sections: parts.flatMap((part) => {
    const result = readabilityOf(part.text)
    return result ? [{ where: part.where, ...result }] : []
  }),
})
