import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { TEMPLATE_DIRECTORY_VARIABLE } from './helpers/templates'

/** A directory for this run's database templates (test/helpers/templates.ts); the workers inherit it. */
export default function globalSetup(): void {
  process.env[TEMPLATE_DIRECTORY_VARIABLE] = fs.mkdtempSync(
    path.join(os.tmpdir(), 'medreview-templates-'),
  )
}
