import type { Payload } from 'payload'

import { levelForLoggedError } from '../config/loggingLevels'

type LoggedObject = { err?: { message?: unknown } }

/**
 * Payload logs every error it does not find by class name in `loggingLevels` through
 * `logger.error({ err })`, stack included (REST routeError and the GraphQL handler alike). This
 * re-levels those calls by status (`levelForLoggedError`): a refusal becomes one info line with
 * its message; everything else is passed on unchanged.
 */
export const logRefusalsByStatus = (payload: Payload): void => {
  const logError = payload.logger.error.bind(payload.logger)
  payload.logger.error = ((first: unknown, ...rest: unknown[]) => {
    const err = (first as LoggedObject | undefined)?.err
    if (!err || levelForLoggedError(err) === 'error')
      return logError(first as never, ...(rest as never[]))
    payload.logger.info({ msg: typeof err.message === 'string' ? err.message : 'Refused' })
  }) as typeof payload.logger.error
}
