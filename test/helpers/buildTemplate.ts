/**
 * Builds one database template in a process of its own (its own Payload, its own environment):
 *   node --import tsx/esm test/helpers/buildTemplate.ts <name> <template file> <data file>
 * Started by test/helpers/templates.ts; prints nothing on success.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

import { createPayloadHttpServer } from '../../support/nodeHttpServer'
import { startThrowawayApp } from '../../support/throwawayApp'
import { pbkdf2Memo } from './passwordKeyMemo'
import { TEMPLATE_RECIPES, type TemplateName } from './templateRecipes'

pbkdf2Memo.install()
// Named imports of node:crypto (`import { pbkdf2 }`) see the remembering pbkdf2 too.
syncBuiltinESMExports()

const [name, templateFile, dataFile] = process.argv.slice(2) as [TemplateName, string, string]
const recipe = TEMPLATE_RECIPES[name]
if (!recipe || !templateFile || !dataFile)
  throw new Error(`usage: buildTemplate <name> <file> <data>`)

const app = await startThrowawayApp()
const server = createPayloadHttpServer(app.config)
const data = await recipe(app.payload, server)
server.close()
await app.closeAsTemplate(templateFile)
fs.writeFileSync(
  `${dataFile}.partial`,
  JSON.stringify({ ...data, passwordKeys: pbkdf2Memo.entries() }),
)
fs.renameSync(`${dataFile}.partial`, dataFile)
process.exit(0)
