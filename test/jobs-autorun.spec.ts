import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

/** Reads the real config's job autorun switch in a fresh production process with JOBS_AUTORUN. */
const autorunWith = (jobsAutorun: string | undefined) => {
  const { JOBS_AUTORUN: _unset, ...inherited } = process.env
  return spawnSync(
    process.execPath,
    [
      '--conditions=development',
      '--import',
      'tsx/esm',
      '--eval',
      "const config = await (await import('./src/payload.config.ts')).default; console.log('autorun=' + (await config.jobs.shouldAutoRun()))",
    ],
    {
      encoding: 'utf8',
      env: {
        ...inherited,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URI: `file:${path.join(os.tmpdir(), 'medreview-autorun-check.db')}`,
        ...(jobsAutorun === undefined ? {} : { JOBS_AUTORUN: jobsAutorun }),
      },
      timeout: 60_000,
    },
  )
}

describe('JOBS_AUTORUN', () => {
  it('runs jobs on a production instance by default, and not with JOBS_AUTORUN=false', () => {
    expect(autorunWith(undefined).stdout).toContain('autorun=true')
    expect(autorunWith('false').stdout).toContain('autorun=false')
  })

  it('refuses to start with a value other than true or false, naming the variable', () => {
    const result = autorunWith('sometimes')
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('JOBS_AUTORUN: must be true or false')
    expect(result.stdout).not.toContain('autorun=')
  })
})
