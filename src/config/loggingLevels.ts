import type { Config } from 'payload'

/**
 * Payload picks a level by the error's class name (`loggingLevels[err.name]`), but the production
 * bundle renames classes (`Forbidden` is logged as `i`), so there every refusal was an ERROR with
 * a stack. No names here: `levelForLoggedError` decides by the HTTP status instead, for REST and
 * GraphQL alike (src/lifecycle/logRefusalsByStatus.ts).
 */
export const LOGGING_LEVELS: NonNullable<Config['loggingLevels']> = {}

type LoggedError = { status?: unknown; originalError?: { status?: unknown } }

/** The status an error answers with; over GraphQL it is the wrapped error's. */
const statusOf = (error: unknown): number | undefined => {
  if (!error || typeof error !== 'object') return undefined
  const { status, originalError } = error as LoggedError
  const value = originalError && typeof originalError === 'object' ? originalError.status : status
  return typeof value === 'number' ? value : undefined
}

/**
 * Expected refusals (any 4xx: validation, access, login, the project's gate and conflict errors,
 * all of which carry their status) are normal traffic: one info line without a stack; failed
 * logins and sign-offs are in the audit log. Anything else (a 5xx, an error without a status such
 * as a TypeError or a database failure) stays an error with its stack.
 */
export const levelForLoggedError = (error: unknown): 'error' | 'info' => {
  const status = statusOf(error)
  return status !== undefined && status >= 400 && status < 500 ? 'info' : 'error'
}
