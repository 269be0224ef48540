import type { z } from 'zod'

/** Turns a zod schema into a Payload field `validate` result: `true` or the first message. */
export const validateWith = (schema: z.ZodType, value: unknown): string | true => {
  const parsed = schema.safeParse(value)
  return parsed.success ? true : (parsed.error.issues[0]?.message ?? 'Invalid value')
}

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
