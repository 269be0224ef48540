import { type ChildProcess, spawn } from 'node:child_process'

export type ReadyProcess = { match: RegExpMatchArray; stop: () => Promise<void> }

/**
 * A Node process running `args` (with tsx) that is ready once its output matches `ready`; fails
 * with that output if it exits first or does not get ready in time.
 */
export const spawnUntilReady = async ({
  name,
  args,
  env,
  ready,
  timeoutMs,
}: {
  name: string
  args: string[]
  env: NodeJS.ProcessEnv
  ready: RegExp
  timeoutMs: number
}): Promise<ReadyProcess> => {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx/esm', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${name} within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    )
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const found = output.match(ready)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}:\n${output}`)))
  })
  return {
    match,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
