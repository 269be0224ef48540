import type { Config } from 'payload'

import { REFUSAL_ERROR_NAMES } from '../errors'

/**
 * Expected refusals (400/401/403/404/409) are part of normal traffic: logged as one info line
 * without a stack (Payload logs the whole error, stack included, at any other level; failed logins
 * and sign-offs are in the audit log). Anything not named here (a TypeError, a database failure)
 * stays an error.
 */
export const LOGGING_LEVELS = {
  // Payload's own refusals
  AuthenticationError: 'info',
  Forbidden: 'info',
  LockedAuth: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnauthorizedError: 'info',
  ValidationError: 'info',
  // The project's (src/errors.ts)
  ...Object.fromEntries(REFUSAL_ERROR_NAMES.map((name) => [name, 'info'])),
} as NonNullable<Config['loggingLevels']>
