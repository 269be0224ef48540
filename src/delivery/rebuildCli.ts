/**
 * `npm run delivery:rebuild` renders every live article's stored page again (after a deploy that
 * changes the page's shape, or a restore); `-- --check` changes nothing: it compares the store with
 * a fresh render, and each fresh render with the page its pharmacist signed, and exits 1 when any
 * differ.
 */
import { createLocalReq, getPayload } from 'payload'

import { checkSignedRenditions } from './rendition/signedRenditionsCheck'
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
    const unsigned = await checkSignedRenditions(req)
    for (const { slug, title, signer } of unsigned) {
      payload.logger.warn(`${slug} ("${title}"): the live page is not the page ${signer} signed`)
    }
    payload.logger.info(
      unsigned.length
        ? `${unsigned.length} live page(s) differ from what their pharmacist signed.`
        : 'Every live page is the page its pharmacist signed.',
    )
    exitCode = problems.length || unsigned.length ? 1 : 0
  } else {
    payload.logger.info(`Rendered ${await rebuildStoredPages(req)} article page(s).`)
  }
} finally {
  await payload.destroy()
}
process.exit(exitCode)
