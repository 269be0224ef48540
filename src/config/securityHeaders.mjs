/*
 * The security headers of every answer (admin pages, REST, GraphQL, delivery, static files). Plain
 * JS: next.config.mjs reads it at build time, the test adapter (support/nodeHttpServer.ts) and
 * src/proxy.ts at run time.
 */

/**
 * As strict as the Payload admin allows: Next inlines its bootstrap scripts and Payload its
 * styles ('unsafe-inline'); React's development build evaluates code ('unsafe-eval', dev only).
 * `frame-ancestors 'none'` keeps the admin (the sign-off dialog) out of other sites' frames.
 * Nothing comes from another origin: Payload's code editor, which loads Monaco from jsDelivr, is
 * replaced on every JSON field by a plain view (src/components/admin/ReadOnlyJson.tsx).
 * @param {{ development?: boolean }} [options]
 */
export const contentSecurityPolicy = ({ development = false } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

/**
 * The headers that do not depend on where the CMS is served.
 * @param {{ development?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export const securityHeaders = (options = {}) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * HSTS only when the CMS is served over https (SERVER_URL): over plain http a browser ignores
 * it, and a local or test instance must stay reachable over http.
 * @param {string | undefined} serverUrl
 * @returns {string | undefined}
 */
export const strictTransportSecurity = (serverUrl) =>
  serverUrl?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : undefined
