import { TEXT_PATTERN } from '../validation/inputShape'

type Schema = { [key: string]: unknown }
type Document = { paths?: object }

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Free text (no format, enumeration or pattern of its own) gets the control-character rule. */
const addPattern = (schema: Schema): void => {
  const isFreeText =
    schema.type === 'string' &&
    !('format' in schema || 'enum' in schema || 'const' in schema || 'pattern' in schema)
  if (isFreeText) schema.pattern = TEXT_PATTERN
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.filter(isSchema).forEach(addPattern)
    else if (isSchema(value)) addPattern(value)
  }
}

/**
 * Every text in a JSON request body is refused with a control character in it (the request
 * guard, src/http/requestGuard.ts): the document says so with a pattern on each such string.
 */
export const withTextPattern = <T extends Document>(document: T): T => {
  for (const operations of Object.values(document.paths ?? {}) as Schema[]) {
    for (const operation of Object.values(operations).filter(isSchema)) {
      const content = (operation.requestBody as { content?: Record<string, { schema?: unknown }> })
        ?.content
      for (const media of Object.values(content ?? {})) {
        if (isSchema(media.schema)) addPattern(media.schema)
      }
    }
  }
  return document
}
