import fs from 'node:fs'

import { RUN_TMPDIR_VARIABLE } from './globalSetup'
import { TEMPLATE_DIRECTORY_VARIABLE } from './helpers/templates'

export default function globalTeardown(): void {
  for (const variable of [TEMPLATE_DIRECTORY_VARIABLE, RUN_TMPDIR_VARIABLE]) {
    const directory = process.env[variable]
    if (directory) fs.rmSync(directory, { recursive: true, force: true })
  }
}
