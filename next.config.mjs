import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/config/securityHeaders.mjs'

/** The host of SERVER_URL (e.g. a LAN name), where the dev server is reached by that name. */
const devOriginOf = (serverUrl) => {
  try {
    return serverUrl ? [new URL(serverUrl).hostname] : []
  } catch {
    return []
  }
}

const FRAMED_BY_THE_ADMIN = 'api/preview/'
const FRAMING_HEADERS = new Set(['Content-Security-Policy', 'X-Frame-Options'])

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server; `npm start` keeps using `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // The dev server serves the admin blank to a host it does not know: 127.0.0.1 as well as localhost.
  allowedDevOrigins: ['127.0.0.1', 'localhost', ...devOriginOf(process.env.SERVER_URL)],
  // CI type-checks the whole project before it builds (.ci/run); a build anywhere else checks too.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === 'true' },
  // Every answer: admin pages, REST, GraphQL, delivery and static files (HSTS: src/proxy.ts).
  headers: async () => {
    const headers = securityHeaders({ development: process.env.NODE_ENV !== 'production' })
    return [
      { source: `/:path((?!${FRAMED_BY_THE_ADMIN}).*)`, headers },
      // The staff preview is shown in the admin's live-preview frame: it sends its own, stricter
      // policy (src/preview/previewHtml.ts) that lets the CMS alone frame it.
      {
        source: `/${FRAMED_BY_THE_ADMIN}:path*`,
        headers: headers.filter(({ key }) => !FRAMING_HEADERS.has(key)),
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
