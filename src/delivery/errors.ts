import { APIError } from 'payload'

/**
 * A live article whose disclaimer is not live must not be served (the disclaimer rules should make
 * this impossible; reaching it means the data changed behind the CMS). 503, logged as an error.
 */
export class PageWithoutDisclaimerError extends APIError {
  constructor(slug: string) {
    super(
      `The article "${slug}" has no published disclaimer, so it is not served.`,
      503,
      undefined,
      false,
    )
    this.name = 'PageWithoutDisclaimerError'
  }
}

/** What Payload's REST API answers a caller who may not read published content. */
export const NOT_ALLOWED_TO_READ = 'You are not allowed to perform this action.'
