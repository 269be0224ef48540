import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

/** Loads the real config in a fresh Node process, as `next start` does, with the given env. */
const loadConfigWith = (env: {
  NODE_ENV: 'development' | 'production'
  PAYLOAD_SECRET?: string
}) => {
  const { NODE_ENV: _ignored, PAYLOAD_SECRET: _unset, ...inherited } = process.env
  return spawnSync(
    process.execPath,
    [
      '--conditions=development',
      '--import',
      'tsx/esm',
      '--eval',
      "await import('./src/payload.config.ts'); console.log('config loaded')",
    ],
    {
      encoding: 'utf8',
      env: {
        ...inherited,
        NODE_OPTIONS: '',
        DATABASE_URI: `file:${path.join(os.tmpdir(), 'medreview-secret-check.db')}`,
        ...env,
      },
      timeout: 60_000,
    },
  )
}

describe('PAYLOAD_SECRET at start-up', () => {
  it('refuses to start in production without a secret, saying why', () => {
    const result = loadConfigWith({ NODE_ENV: 'production' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('PAYLOAD_SECRET: is required when NODE_ENV=production')
    expect(result.stdout).not.toContain('config loaded')
  })

  it('refuses to start in production with a secret under 32 characters', () => {
    const result = loadConfigWith({ NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('PAYLOAD_SECRET: must be at least 32 characters')
  })

  it('starts in production with a long enough secret', () => {
    const result = loadConfigWith({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.stderr).not.toContain('PAYLOAD_SECRET')
    expect(result.stdout).toContain('config loaded')
    expect(result.status).toBe(0)
  })

  it('falls back to a development secret outside production', () => {
    const result = loadConfigWith({ NODE_ENV: 'development' })
    expect(result.stdout).toContain('config loaded')
    expect(result.status).toBe(0)
  })
})
