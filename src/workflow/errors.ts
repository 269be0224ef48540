import { APIError } from 'payload'

/** 409: the document does not meet what the action needs; `requirements` lists every gap. */
export class UnmetRequirementsError extends APIError<{ requirements: string[] }> {
  constructor(intro: string, requirements: string[]) {
    super(`${intro}: ${requirements.join('; ')}`, 409, { requirements }, true)
    this.name = 'UnmetRequirementsError'
  }
}

export class WorkflowForbiddenError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
    this.name = 'WorkflowForbiddenError'
  }
}

export class ReauthenticationFailedError extends APIError {
  constructor(message = 'The password is not correct. Signing needs your own password again.') {
    super(message, 401, undefined, true)
    this.name = 'ReauthenticationFailedError'
  }
}

export class NotLoggedInError extends APIError {
  constructor(message: string) {
    super(message, 401, undefined, true)
    this.name = 'NotLoggedInError'
  }
}

/** 409 with one message: the change would break something that depends on the document. */
export class ConflictError extends APIError<Record<string, unknown> | null> {
  constructor(message: string, data?: Record<string, unknown>) {
    super(message, 409, data ?? null, true)
    this.name = 'ConflictError'
  }
}
