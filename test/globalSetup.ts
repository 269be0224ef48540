import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildTemplates, TEMPLATE_DIRECTORY_VARIABLE } from './helpers/templates'

/**
 * This run's database templates (test/helpers/templates.ts), in a directory the workers inherit.
 * A whole-suite run builds them all here, before any spec, so no set-up hook waits for a build on
 * a loaded machine; a run of chosen specs (`jest test/x.spec.ts`) builds only what its specs ask for.
 */
export default async function globalSetup(globalConfig: { nonFlagArgs?: string[] }): Promise<void> {
  process.env[TEMPLATE_DIRECTORY_VARIABLE] = fs.mkdtempSync(
    path.join(os.tmpdir(), 'medreview-templates-'),
  )
  if (!globalConfig.nonFlagArgs?.length) await buildTemplates()
}
