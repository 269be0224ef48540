import type { z } from 'zod'

type Issue = Parameters<z.core.$ZodErrorMap>[0]

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
}

const FORMATS: Record<string, string> = {
  datetime: 'a date and time in ISO 8601 form with a time zone, e.g. 2026-12-01T09:00:00Z',
  date: 'a date in the form 2026-12-01',
  email: 'an email address',
  url: 'a web address',
  uuid: 'an id',
}

const fieldOf = (issue: Issue): string =>
  issue.path?.length ? issue.path.map(String).join('.') : 'the request body'

const sizeOf = (origin: string, bound: number | bigint): string => {
  if (origin === 'string') return `${bound} characters`
  if (origin === 'array' || origin === 'set') return `${bound} items`
  return String(bound)
}

/**
 * zod's default messages ("Invalid input: expected nonoptional, received undefined") in words a
 * writer or a site developer can act on, naming the field. Messages a schema spells out itself
 * take precedence over these (zod's order: schema, then this per-parse map).
 */
export const peopleMessage = (issue: Issue): string | undefined => {
  const field = fieldOf(issue)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required`
      if (issue.expected === 'nonoptional') return `${field} is required`
      return `${field} must be ${KINDS[issue.expected] ?? issue.expected}`
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return `${field} must not be empty`
      return `${field} must be at least ${sizeOf(issue.origin, issue.minimum)}`
    case 'too_big':
      return `${field} must be at most ${sizeOf(issue.origin, issue.maximum)}`
    case 'invalid_format':
      return `${field} must be ${FORMATS[issue.format] ?? `in ${issue.format} form`}`
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'unrecognized_keys':
      return `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length > 1 ? 'are' : 'is'} not expected in ${field}`
    case 'invalid_union':
    case 'custom':
      return `${field} is not valid`
    default:
      return undefined
  }
}
