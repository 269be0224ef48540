const MAX_QUERY_NESTING = 64

/**
 * GraphQL's parser recurses into nested lists and objects; a query text nested thousands deep
 * overflows the stack before any validation rule runs. Counts brackets outside strings.
 */
export const graphQLNestingProblem = (query: unknown): string | undefined => {
  if (query === undefined) return undefined
  if (typeof query !== 'string') return 'must be a string'
  let depth = 0
  let inString = false
  for (let index = 0; index < query.length; index += 1) {
    const character = query[index]
    if (inString) {
      if (character === '\\') index += 1
      else if (character === '"') inString = false
      continue
    }
    if (character === '"') inString = true
    else if (character === '{' || character === '[' || character === '(') {
      depth += 1
      if (depth > MAX_QUERY_NESTING) return `is nested deeper than ${MAX_QUERY_NESTING} levels`
    } else if (character === '}' || character === ']' || character === ')') depth -= 1
  }
  return undefined
}
