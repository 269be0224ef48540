import { APIError, ValidationError } from 'payload'

/** The project's refusals by name, for loggingLevels. */
export const REFUSAL_ERROR_NAMES = [
  'UnmetRequirementsError',
  'ConflictError',
  'ForbiddenError',
  'NotLoggedInError',
  'ReauthenticationFailedError',
  'SecondFactorError',
  'InvalidInputError',
] as const
type RefusalErrorName = (typeof REFUSAL_ERROR_NAMES)[number]

/**
 * Every refusal the project raises: an expected 4xx with a message a writer understands, returned
 * as Payload's `{ errors: [{ message, data? }] }` and logged as one info line (see loggingLevels).
 */
abstract class RefusalError<TData extends null | object = null> extends APIError<TData> {
  // Names are spelled out: minified server bundles rename classes, and loggingLevels reads names.
  constructor(name: RefusalErrorName, message: string, status: number, data: TData) {
    super(message, status, data, true)
    this.name = name
  }
}

/** 409: the document does not meet what the action needs; `requirements` lists every gap. */
export class UnmetRequirementsError extends RefusalError<{ requirements: string[] }> {
  constructor(intro: string, requirements: string[]) {
    super('UnmetRequirementsError', `${intro}: ${requirements.join('; ')}`, 409, { requirements })
  }
}

/** 409 with one message: the change would break something that depends on the document. */
export class ConflictError extends RefusalError<null | Record<string, unknown>> {
  constructor(message: string, data?: Record<string, unknown>) {
    super('ConflictError', message, 409, data ?? null)
  }
}

/** 403 saying what the caller's role or relation to the document does not allow. */
export class ForbiddenError extends RefusalError {
  constructor(message: string) {
    super('ForbiddenError', message, 403, null)
  }
}

export class NotLoggedInError extends RefusalError {
  constructor(message: string) {
    super('NotLoggedInError', message, 401, null)
  }
}

export class ReauthenticationFailedError extends RefusalError {
  constructor(message = 'The password is not correct. Signing needs your own password again.') {
    super('ReauthenticationFailedError', message, 401, null)
  }
}

export type SecondFactorProblem = 'missing' | 'wrong' | 'not-enrolled'

/**
 * 401 (403 when the account must enrol first): the second factor is missing or wrong. `secondFactor`
 * tells a login form to ask for the code rather than the password again.
 */
export class SecondFactorError extends RefusalError<{ secondFactor: SecondFactorProblem }> {
  constructor(problem: SecondFactorProblem, message: string) {
    super('SecondFactorError', message, problem === 'not-enrolled' ? 403 : 401, {
      secondFactor: problem,
    })
  }
}

/** 400 naming one field, in Payload's ValidationError shape (as a field validation would). */
export const fieldRefusal = (collection: string, path: string, message: string): ValidationError =>
  new ValidationError({ collection, errors: [{ path, message }] })

/** 400 naming one input (a GraphQL argument, a query part) in a sentence a developer can act on. */
export class InvalidInputError extends RefusalError<{
  errors: { message: string; path: string }[]
}> {
  constructor(path: string, message: string) {
    super('InvalidInputError', `${path} ${message}`, 400, {
      errors: [{ message: `${path} ${message}`, path }],
    })
  }
}
