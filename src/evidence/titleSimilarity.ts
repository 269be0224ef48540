const wordsOf = (title: string): Set<string> =>
  new Set(
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 2),
  )

/** Below this share of common words, an entered title and the resolved one name different works. */
const SAME_WORK_SIMILARITY = 0.5

/** Dice coefficient of the two titles' word sets: 1 is the same words, 0 none in common. */
export const titleSimilarity = (a: string, b: string): number => {
  const first = wordsOf(a)
  const second = wordsOf(b)
  if (!first.size || !second.size) return first.size === second.size ? 1 : 0
  const shared = [...first].filter((word) => second.has(word)).length
  return (2 * shared) / (first.size + second.size)
}

export const titlesDiffer = (entered: string, resolved: string): boolean =>
  titleSimilarity(entered, resolved) < SAME_WORK_SIMILARITY
