import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

/**
 * Prints the benchmark tables for each article count (BENCH_SIZES, default 1,100,10000) on the
 * database TEST_DATABASE selects (SQLite by default; TEST_DATABASE=mongodb with MONGODB_URI).
 * Builds the production bundle first for the `next start` rows (BENCH_SKIP_BUILD=true reuses it).
 */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Production mode, as deployed: the bench's database gets the migrations `next start` expects.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  // The bench's own process only measures; the `next start` beside it runs the jobs.
  JOBS_AUTORUN: 'false',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
}
if (process.env.BENCH_SKIP_BUILD !== 'true') run('npm', ['run', 'build'], env)
for (const size of (process.env.BENCH_SIZES ?? '1,100,10000').split(',')) {
  run(process.execPath, ['--import', 'tsx/esm', 'bench/benchSize.ts'], {
    ...env,
    BENCH_SIZE: size,
  })
}
