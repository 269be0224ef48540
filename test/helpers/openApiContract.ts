import type { ErrorObject, ValidateFunction } from 'ajv'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** One answer the test server sent, as the contract sees it. */
export type Exchange = {
  method: string
  pathname: string
  status: number
  contentType: string | null
  body: string
}

type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>
}
type ResponseObject = { content?: Record<string, { schema?: unknown }> }

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

export const COMMITTED_OPENAPI = path.resolve('downstream/openapi.json')

export const readCommittedOpenApi = (): OpenApiDocument =>
  JSON.parse(readFileSync(COMMITTED_OPENAPI, 'utf8')) as OpenApiDocument

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

/** `/api/delivery/articles/{slug}` → a regular expression for the pathname. */
const templatePattern = (template: string): RegExp =>
  new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  )

/** Refs inside the document point at `#/components/…`; from a compiled response schema they must name it. */
const anchorRefs = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(anchorRefs)
  if (!schema || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? [key, `openapi${value}`]
        : [key, anchorRefs(value)],
    ),
  )
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? [])
    .map((error) =>
      [
        error.instancePath || '(body)',
        error.message,
        error.params && 'additionalProperty' in error.params
          ? `'${String(error.params.additionalProperty)}'`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ')

/**
 * Checks answers against the OpenAPI document with a JSON Schema 2020-12 validator (OpenAPI 3.1's
 * dialect): an answer of a documented operation must have a documented status, media type and a
 * body its schema accepts. Answers of routes the document does not describe (Payload's own) pass.
 */
export const openApiContract = (document: OpenApiDocument = readCommittedOpenApi()) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document, 'openapi')
  const operations = Object.entries(document.paths).flatMap(([template, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method,
      template,
      pattern: templatePattern(template),
      responses: item[method].responses,
    })),
  )
  const validators = new Map<unknown, ValidateFunction>()
  const validatorFor = (schema: unknown): ValidateFunction => {
    let validate = validators.get(schema)
    if (!validate) {
      validate = ajv.compile(anchorRefs(schema) as object)
      validators.set(schema, validate)
    }
    return validate
  }

  return {
    /** What is wrong with this answer; empty when the document allows it. */
    violationsOf: (exchange: Exchange): string[] => {
      const method = exchange.method.toLowerCase()
      const operation = operations.find(
        (candidate) => candidate.method === method && candidate.pattern.test(exchange.pathname),
      )
      if (!operation) return []
      const where = `${exchange.method} ${exchange.pathname} → ${exchange.status}`
      const response = operation.responses[String(exchange.status)]
      if (!response) {
        return [`${where}: status not in the document for ${method} ${operation.template}`]
      }
      if (!response.content) {
        return exchange.body ? [`${where}: the document says no body, it sent one`] : []
      }
      const mediaType = (exchange.contentType ?? '').split(';')[0].trim()
      const content = response.content[mediaType]
      if (!content) {
        return [
          `${where}: answered ${mediaType || 'no content type'}, the document lists ${Object.keys(response.content).join(', ')}`,
        ]
      }
      if (mediaType !== 'application/json' || !content.schema) return []
      let body: unknown
      try {
        body = JSON.parse(exchange.body)
      } catch {
        return [`${where}: the body is not JSON`]
      }
      const validate = validatorFor(content.schema)
      return validate(body) ? [] : [`${where}: ${describeErrors(validate.errors)}`]
    },
  }
}
