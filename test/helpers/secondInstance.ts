import { type ChildProcess, spawn } from 'node:child_process'

export type SecondInstance = { url: string; stop: () => Promise<void> }

/**
 * Another CMS process on the same database as this spec's app (DATABASE_URI as the spec set it):
 * what scaling out looks like, with its own memory and no shared state but the database.
 */
export const startSecondInstance = async (): Promise<SecondInstance> => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx/esm', 'support/serveApp.ts'],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation --conditions=development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no second instance within 60 s:\n${output}`)),
      60_000,
    )
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/LISTENING (\d+)/)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`second instance exited ${code}:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
