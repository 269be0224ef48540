import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { memoryBackedTmpdir } from './helpers/memoryBackedTmpdir'
import { buildTemplates, TEMPLATE_DIRECTORY_VARIABLE } from './helpers/templates'

export const RUN_TMPDIR_VARIABLE = 'MEDREVIEW_TEST_RUN_TMPDIR'

/**
 * This run's database templates (test/helpers/templates.ts), in a directory the workers inherit.
 * A whole-suite run builds them all here, before any spec, so no set-up hook waits for a build on
 * a loaded machine; a run of chosen specs (`jest test/x.spec.ts`) builds only what its specs ask for.
 * Workers and the processes they start inherit TMPDIR: every throwaway database lives in memory.
 */
export default async function globalSetup(globalConfig: { nonFlagArgs?: string[] }): Promise<void> {
  const runTmpdir = memoryBackedTmpdir()
  if (runTmpdir) {
    process.env[RUN_TMPDIR_VARIABLE] = runTmpdir
    process.env.TMPDIR = runTmpdir
  }
  process.env[TEMPLATE_DIRECTORY_VARIABLE] = fs.mkdtempSync(
    path.join(os.tmpdir(), 'medreview-templates-'),
  )
  if (!globalConfig.nonFlagArgs?.length) await buildTemplates()
}
