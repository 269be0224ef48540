import { freePort } from '../../support/nextStart'
import { spawnUntilReady } from '../../support/spawnUntilReady'

export type ExampleSite = { url: string; stop: () => Promise<void> }

/** examples/site as a developer runs it (`npm run example:site`), pointed at `cmsUrl`. */
export const startExampleSite = async (cmsUrl: string): Promise<ExampleSite> => {
  const port = await freePort()
  const { stop } = await spawnUntilReady({
    name: 'example site',
    args: ['examples/site/server.ts'],
    env: { ...process.env, CMS_URL: cmsUrl, PORT: String(port), NODE_OPTIONS: '' },
    ready: /Example site on/,
    timeoutMs: 30_000,
  })
  return { url: `http://127.0.0.1:${port}`, stop }
}
