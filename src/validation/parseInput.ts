import type { z } from 'zod'

import { ValidationError } from 'payload'

import { peopleMessage } from './peopleMessages'

/**
 * Parses a request body or query with zod; a violation is Payload's 400 naming each field, in
 * people's words where the schema has none of its own (see peopleMessages).
 */
export const parseInput = <T extends z.ZodType>(schema: T, input: unknown): z.infer<T> => {
  const parsed = schema.safeParse(input ?? {}, { error: peopleMessage })
  if (parsed.success) return parsed.data
  throw new ValidationError({
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || 'body',
      message: issue.message,
    })),
  })
}
