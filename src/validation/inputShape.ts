/** Deeper than any document this CMS stores (rich text nests a handful of levels). */
export const MAX_INPUT_DEPTH = 64

// Tab and line feed are text, and a carriage return as part of a Windows line end (CRLF, as API
// clients on Windows send it; browsers' text areas send LF). Every other C0 control character, a
// lone carriage return (it hides the text before it in terminals and logs) and DEL are not (a NUL
// silently truncated a stored title while the slug kept the whole text).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r(?!\n)/

/** The same rule as a pattern for documents that describe text fields (OpenAPI). */
export const TEXT_PATTERN = '^(?:[^\\u0000-\\u0008\\u000B-\\u001F\\u007F]|\\r\\n)*$'

export const CONTROL_CHARACTER_MESSAGE =
  'must not contain control characters: only tab and new line (a carriage return only just before a new line)'

export type InputProblem = { path: string; message: string }

const pathOf = (parent: string, key: string | number): string =>
  parent ? `${parent}.${key}` : String(key)

/**
 * The first reason a request body cannot be stored: nested deeper than MAX_INPUT_DEPTH, or a
 * string holding a control character. Walks with an explicit stack, so hostile nesting cannot
 * overflow the call stack before it is refused.
 */
export const inputProblem = (input: unknown): InputProblem | undefined => {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: '', depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (CONTROL_CHARACTER.test(value)) {
        return {
          path: path || 'body',
          message: CONTROL_CHARACTER_MESSAGE,
        }
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth >= MAX_INPUT_DEPTH) {
      return { path: path || 'body', message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` }
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [index, item] as const)
      : Object.entries(value)
    for (const [key, item] of entries)
      stack.push({ value: item, path: pathOf(path, key), depth: depth + 1 })
  }
  return undefined
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
