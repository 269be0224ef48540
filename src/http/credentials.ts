/**
 * A caller that sends an Authorization header which signs nobody in (a mistyped key, an expired
 * token) is told so with a 401 on every delivery route, whatever PUBLIC_API says: served as
 * anonymous it would get a public, shared-cacheable copy (or a 403 that hides the real mistake).
 */
export const BAD_CREDENTIAL_MESSAGE =
  'The Authorization header does not sign anyone in: check the API key or token, or send no Authorization header to read anonymously.'

/** An empty Authorization header sends no credential: the caller reads as anonymous. */
export const sendsCredential = (headers: Headers): boolean =>
  Boolean(headers.get('authorization')?.trim())

export const sendsBadCredential = (headers: Headers, user: unknown): boolean =>
  sendsCredential(headers) && !user

export const badCredentialResponse = (): Response =>
  Response.json(
    { errors: [{ message: BAD_CREDENTIAL_MESSAGE }] },
    { status: 401, headers: { 'Cache-Control': 'no-store' } },
  )
