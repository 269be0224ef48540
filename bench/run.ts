import { spawnSync } from 'node:child_process'

/**
 * Prints the benchmark tables for each article count (BENCH_SIZES, default 1,100,10000) on the
 * database TEST_DATABASE selects (SQLite by default; TEST_DATABASE=mongodb with MONGODB_URI).
 */
const sizes = (process.env.BENCH_SIZES ?? '1,100,10000').split(',')
for (const size of sizes) {
  const result = spawnSync(process.execPath, ['--import', 'tsx/esm', 'bench/benchSize.ts'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SIZE: size },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
