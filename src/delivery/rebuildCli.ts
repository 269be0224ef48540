/**
 * `npm run delivery:rebuild` renders every live article's stored page again (after a deploy that
 * changes the page's shape, or a restore); `-- --check` only compares the store with a fresh render
 * and exits 1 when they differ.
 */
import { createLocalReq, getPayload } from 'payload'

import { checkStoredPages, rebuildStoredPages } from './storedPagesCheck'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
let exitCode = 0
try {
  const req = await createLocalReq({}, payload)
  if (process.argv.includes('--check')) {
    const problems = await checkStoredPages(req)
    for (const { slug, problem } of problems) payload.logger.warn(`${slug}: ${problem}`)
    payload.logger.info(
      problems.length
        ? `${problems.length} page(s) differ.`
        : 'Every stored page equals a fresh render.',
    )
    exitCode = problems.length ? 1 : 0
  } else {
    payload.logger.info(`Rendered ${await rebuildStoredPages(req)} article page(s).`)
  }
} finally {
  await payload.destroy()
}
process.exit(exitCode)
