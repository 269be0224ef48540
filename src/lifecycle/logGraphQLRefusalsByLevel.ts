import type { Payload } from 'payload'

type LoggedError = {
  err?: { name?: string; message?: string; originalError?: { name?: string; status?: number } }
}

/**
 * Payload logs GraphQL errors under the wrapper's name (`GraphQLError`), so `loggingLevels` cannot
 * tell a refused publish (409) from a crash: every refusal over GraphQL was an ERROR with a stack.
 * Expected refusals (a 4xx whose own error name has a level) get that level, as over REST.
 */
export const logGraphQLRefusalsByLevel = (payload: Payload): void => {
  const levels = payload.config.loggingLevels as Record<string, false | 'info' | 'warn' | undefined>
  const logError = payload.logger.error.bind(payload.logger)
  payload.logger.error = ((first: unknown, ...rest: unknown[]) => {
    const original = (first as LoggedError | undefined)?.err?.originalError
    const level = original?.name ? levels[original.name] : undefined
    const expected =
      (first as LoggedError)?.err?.name === 'GraphQLError' && (original?.status ?? 500) < 500
    if (!expected || level === undefined) return logError(first as never, ...(rest as never[]))
    if (level === false) return
    payload.logger[level]({ msg: (first as LoggedError).err?.message })
  }) as typeof payload.logger.error
}
