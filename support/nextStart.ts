import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

export type NextServer = { url: string; stop: () => Promise<void>; log: () => string }

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const waitForHealth = async (url: string, server: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`npm start (server.mjs) exited with ${server.exitCode}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the CMS did not become healthy within ${timeoutMs / 1000}s`)
}

/**
 * The production server (`npm start`: server.mjs; `npm run build` first), on 127.0.0.1 and a free port,
 * with `env` on top of this process's environment (and `nodeArgs` for Node itself, e.g.
 * `--cpu-prof`); resolves once /api/health answers.
 */
export const startNextServer = async (
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<NextServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn(process.execPath, [...nodeArgs, path.resolve('server.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
      SERVER_URL: url,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      JOBS_AUTORUN: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const stop = async () => {
    if (server.exitCode !== null) return
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
  try {
    await waitForHealth(url, server, 120_000)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\n${output}`)
  }
  return { url, stop, log: () => output }
}
