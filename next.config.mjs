import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server; `npm start` keeps using `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
