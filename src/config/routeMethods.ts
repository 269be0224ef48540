/**
 * The methods each kind of address answers, as the route files export them (Next adds HEAD and
 * OPTIONS to route handlers; admin pages take POST for Payload's server functions). Read by
 * src/proxy.ts and src/lifecycle/refuseMethodsFetchRejects.ts to answer 405 with `Allow`.
 */
const ROUTE_METHODS: { pattern: RegExp; methods: string[] }[] = [
  { pattern: /^\/api\/graphql\/?$/, methods: ['POST', 'OPTIONS'] },
  { pattern: /^\/api\/graphql-playground\/?$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/api\/delivery\/articles(\/[^/]+)?\/?$/, methods: ['GET', 'HEAD', 'OPTIONS'] },
  {
    pattern: /^\/api(\/|$)/,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  },
  { pattern: /^\/_next\/(static|image)\//, methods: ['GET', 'HEAD'] },
  { pattern: /^/, methods: ['GET', 'HEAD', 'POST'] },
]

export const allowedMethods = (pathname: string): string[] =>
  ROUTE_METHODS.find(({ pattern }) => pattern.test(pathname))!.methods

export const methodNotAllowedMessage = (method: string, allowed: string[]): string =>
  `${method} is not allowed here. Allowed: ${allowed.join(', ')}.`

/** The refusal of a path whose %-escapes do not decode (Next would answer a plain-text 500). */
export const MALFORMED_ADDRESS_MESSAGE =
  'The address has a malformed percent-encoding (e.g. "%C3" alone).'
