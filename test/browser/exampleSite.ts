import { type ChildProcess, spawn } from 'node:child_process'

import { freePort } from '../../support/nextStart'

export type ExampleSite = { url: string; stop: () => Promise<void> }

/** examples/site as a developer runs it (`npm run example:site`), pointed at `cmsUrl`. */
export const startExampleSite = async (cmsUrl: string): Promise<ExampleSite> => {
  const port = await freePort()
  const site: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx/esm', 'examples/site/server.ts'],
    {
      env: { ...process.env, CMS_URL: cmsUrl, PORT: String(port), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no example site within 30 s:\n${output}`)),
      30_000,
    )
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Example site on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    site.stdout?.on('data', read)
    site.stderr?.on('data', read)
    site.once('exit', (code) => reject(new Error(`the example site exited ${code}:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (site.exitCode !== null) return resolve()
        site.once('exit', () => resolve())
        site.kill('SIGTERM')
      }),
  }
}
