import { spawnUntilReady } from '../../support/spawnUntilReady'

export type SecondInstance = { url: string; stop: () => Promise<void> }

/**
 * Another CMS process on the same database as this spec's app (DATABASE_URI as the spec set it):
 * what scaling out looks like, with its own memory and no shared state but the database.
 */
export const startSecondInstance = async (): Promise<SecondInstance> => {
  const { match, stop } = await spawnUntilReady({
    name: 'second instance',
    args: ['support/serveApp.ts'],
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=development' },
    ready: /LISTENING (\d+)/,
    timeoutMs: 60_000,
  })
  return { url: `http://127.0.0.1:${match[1]}`, stop }
}
