/**
 * `npm run generate:kit`: writes the downstream kit's generated files from the code, so CI can
 * check they are current (Payload's generator writes downstream/schema.graphql beside them):
 * downstream/openapi.json (the project's endpoints) and downstream/api-types.ts (their types,
 * by openapi-typescript, e.g. `DeliveredArticle`).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'

import { buildOpenApiDocument } from '../src/openapi/document'

const KIT_DIR = path.resolve('downstream')

const document = buildOpenApiDocument()
const json = `${JSON.stringify(document, null, 2)}\n`
writeFileSync(path.join(KIT_DIR, 'openapi.json'), json)

const ast = await openapiTS(json, {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  rootTypesKeepCasing: true,
})
const header = `/**
 * Types of the CMS's endpoints, generated from downstream/openapi.json by openapi-typescript
 * (npm run generate:kit). Do not edit. A site imports e.g. \`DeliveredArticle\` from here.
 */
`
writeFileSync(path.join(KIT_DIR, 'api-types.ts'), header + astToString(ast))
console.log('Wrote downstream/openapi.json and downstream/api-types.ts')
