import fs from 'node:fs'

import { TEMPLATE_DIRECTORY_VARIABLE } from './helpers/templates'

export default function globalTeardown(): void {
  const directory = process.env[TEMPLATE_DIRECTORY_VARIABLE]
  if (directory) fs.rmSync(directory, { recursive: true, force: true })
}
