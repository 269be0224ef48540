import type { InputProblem } from './inputShape'

import { isPlainObject } from './inputShape'

const COMBINATORS = new Set(['and', 'or'])

/**
 * The first part of a `where` that Payload's query builder cannot read: a field given null (or
 * anything but its conditions) where `{ equals: … }` belongs, or an AND/OR that is not a list of
 * conditions. Payload reads `Object.keys` of each field's value, so `{ title: null }` was a
 * TypeError and a 500; GraphQL's input types allow null there.
 */
export const whereProblem = (where: unknown, path = 'where'): InputProblem | undefined => {
  if (where === undefined || where === null) return undefined
  if (!isPlainObject(where)) return { path, message: 'must be an object of conditions' }
  for (const [key, value] of Object.entries(where)) {
    const keyPath = `${path}.${key}`
    if (COMBINATORS.has(key.toLowerCase())) {
      if (!Array.isArray(value)) return { path: keyPath, message: 'must be a list of conditions' }
      for (const [index, item] of value.entries()) {
        if (!isPlainObject(item))
          return { path: `${keyPath}.${index}`, message: 'must be an object of conditions' }
        const problem = whereProblem(item, `${keyPath}.${index}`)
        if (problem) return problem
      }
    } else if (!isPlainObject(value)) {
      return { path: keyPath, message: 'must be conditions such as { equals: … }, not null' }
    }
  }
  return undefined
}
