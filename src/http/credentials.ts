/**
 * A caller that sends a CMS credential which signs nobody in (a mistyped key, an expired token) is told so with a 401 on every delivery route, whatever PUBLIC_API says: served as
 * anonymous it would get a public, shared-cacheable copy (or a 403 that hides the real mistake).
 */
export const BAD_CREDENTIAL_MESSAGE =
  'The Authorization header does not sign anyone in: check the API key or token, or send no Authorization header to read anonymously.'

/**
 * The schemes Payload signs in with (src/collections/Users: JWT, Bearer, `users API-Key`). Another
 * scheme is not meant for the CMS (e.g. `Basic` from a browser behind a password-protected staging
 * proxy) and an empty header sends nothing: both read as anonymous.
 */
const CMS_SCHEMES = /^(JWT|Bearer|users API-Key)\s/i

export const sendsCredential = (headers: Headers): boolean =>
  CMS_SCHEMES.test(headers.get('authorization')?.trim() ?? '')

export const sendsBadCredential = (headers: Headers, user: unknown): boolean =>
  sendsCredential(headers) && !user

export const badCredentialResponse = (): Response =>
  Response.json(
    { errors: [{ message: BAD_CREDENTIAL_MESSAGE }] },
    { status: 401, headers: { 'Cache-Control': 'no-store' } },
  )
