/** Largest page a REST or GraphQL list answers; `limit=0` (everything) is for staff only. */
export const MAX_LIST_LIMIT = 1000
/** Highest page number a list answers (the request guard refuses a higher one on every route). */
export const MAX_PAGE = 1_000_000
const MAX_DEPTH = 10

type QueryProblem = { path: string; message: string }

const wholeNumberProblem = (
  path: string,
  raw: string,
  min: number,
  max: number,
): QueryProblem | undefined => {
  const value = raw.trim() === '' ? Number.NaN : Number(raw)
  if (!Number.isFinite(value)) return { path, message: 'must be a number' }
  if (!Number.isInteger(value) || !/^-?\d+$/.test(raw.trim()))
    return { path, message: 'must be a whole number' }
  if (value < min) return { path, message: `must be at least ${min}` }
  if (value > max) return { path, message: `must be at most ${max}` }
  return undefined
}

/** `limit`, `page` and `depth` as Payload's list queries take them: 400 rather than a database error. */
export const paginationProblem = (params: URLSearchParams): QueryProblem | undefined => {
  const checks: [string, number, number][] = [
    ['limit', 0, MAX_LIST_LIMIT],
    ['page', 1, MAX_PAGE],
    ['depth', 0, MAX_DEPTH],
  ]
  for (const [name, min, max] of checks) {
    const raw = params.get(name)
    if (raw === null) continue
    const problem = wholeNumberProblem(name, raw, min, max)
    if (problem) return problem
  }
  const pagination = params.get('pagination')
  if (pagination !== null && pagination !== 'true' && pagination !== 'false') {
    return { path: 'pagination', message: 'must be true or false' }
  }
  return undefined
}

/** Whether the query asks for every document at once. */
export const asksForEverything = (params: URLSearchParams): boolean =>
  params.get('limit') === '0' || params.get('pagination') === 'false'
