import type { Config } from 'payload'

/**
 * Expected refusals (400/401/403/404/409) are part of normal traffic: logged as one info or warn
 * line without a stack. Anything not named here (a TypeError, a database failure) stays an error.
 */
export const LOGGING_LEVELS = {
  ConflictError: 'info',
  AuthenticationError: 'warn',
  Forbidden: 'info',
  LockedAuth: 'warn',
  NotFound: 'info',
  NotLoggedInError: 'info',
  QueryError: 'info',
  ReauthenticationFailedError: 'warn',
  UnauthorizedError: 'info',
  UnmetRequirementsError: 'info',
  ValidationError: 'info',
  WorkflowForbiddenError: 'info',
} as NonNullable<Config['loggingLevels']>
