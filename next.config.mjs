import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/config/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server; `npm start` keeps using `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // CI type-checks the whole project before it builds (.ci/run); a build anywhere else checks too.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === 'true' },
  // Every answer: admin pages, REST, GraphQL, delivery and static files (HSTS: src/proxy.ts).
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({ development: process.env.NODE_ENV !== 'production' }),
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
