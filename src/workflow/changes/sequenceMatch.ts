/**
 * The longest common subsequence of two lists, as pairs of indexes (a's, b's), in order. Items are
 * matched by key; what is in both lists but outside the pairs has moved.
 */
export const commonSubsequence = <T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string = String,
): [number, number][] => {
  const aKeys = a.map(key)
  const bKeys = b.map(key)
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  )
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] =
        aKeys[i] === bKeys[j]
          ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (aKeys[i] === bKeys[j]) {
      pairs.push([i, j])
      i++
      j++
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++
    else j++
  }
  return pairs
}
