import type { Config } from 'payload'

/**
 * Expected refusals (400/401/403/404/409) are part of normal traffic: logged as one info line
 * without a stack (Payload logs the whole error, stack included, at any other level; failed logins
 * and sign-offs are in the audit log). Anything not named here (a TypeError, a database failure)
 * stays an error.
 */
export const LOGGING_LEVELS = {
  ConflictError: 'info',
  AuthenticationError: 'info',
  Forbidden: 'info',
  LockedAuth: 'info',
  NotFound: 'info',
  NotLoggedInError: 'info',
  QueryError: 'info',
  ReauthenticationFailedError: 'info',
  UnauthorizedError: 'info',
  UnmetRequirementsError: 'info',
  ValidationError: 'info',
  WorkflowForbiddenError: 'info',
} as NonNullable<Config['loggingLevels']>
