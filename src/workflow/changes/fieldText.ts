import type { FlattenedField } from 'payload'

import type { RelatedNames } from './types'

import { changeKindOf } from '../../fields/changeKind'
import { relationId } from '../../shared/relations'
import { labelInWords } from './labels'
import { richTextBlocks } from './richTextBlocks'

type Row = Record<string, unknown>

/** Keys of stored objects that mean something to the system only. */
const INTERNAL_KEYS = new Set(['id', 'blockType'])

const ROW_NAME_LENGTH = 80

export const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const joined = (parts: (string | null)[], separator = ', '): string | null =>
  parts.filter((part): part is string => Boolean(part)).join(separator) || null

/** The text of a value no field says how to show (JSON, a point): its strings, no ids. */
export const plainText = (value: unknown): string | null => {
  if (isEmpty(value)) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return joined(value.map(plainText))
  if (typeof value === 'object')
    return joined(
      Object.entries(value as Row)
        .filter(([key]) => !INTERNAL_KEYS.has(key))
        .map(([, part]) => plainText(part)),
      ' · ',
    )
  return String(value)
}

/** A date as a reader writes it: the day, with the time (UTC) only where it is not midnight. */
export const dateText = (value: string): string => {
  const iso = new Date(value).toISOString()
  return iso.endsWith('T00:00:00.000Z')
    ? iso.slice(0, 10)
    : `${iso.slice(0, 16).replace('T', ' ')} UTC`
}

/** The fields of a row that readers see (not its id or other records). */
export const visibleFields = (fields: FlattenedField[]): FlattenedField[] =>
  fields.filter(
    (field) => 'name' in field && field.type !== 'join' && changeKindOf(field) !== 'record',
  )

/** A stored value as its field shows it: option labels, days, related titles, rich text's words. */
export const fieldValueText = (
  field: FlattenedField,
  value: unknown,
  names: RelatedNames,
): string | null => {
  if (isEmpty(value)) return null
  switch (field.type) {
    case 'select':
    case 'radio': {
      const label = (option: unknown) => {
        const found = field.options.find((o) => (typeof o === 'string' ? o : o.value) === option)
        return found && typeof found === 'object'
          ? labelInWords(found.label, String(option))
          : String(option)
      }
      return joined((Array.isArray(value) ? value : [value]).map(label))
    }
    case 'date':
      return dateText(String(value))
    case 'richText':
      return joined(
        richTextBlocks(value).map((block) => block.text),
        '\n',
      )
    case 'relationship':
    case 'upload': {
      const collection = String(field.relationTo)
      const items = Array.isArray(value) ? value : [value]
      return joined(items.map((item) => names.title(collection, String(relationId(item)))))
    }
    case 'group':
    case 'tab':
      return rowText(field.flattenedFields, value as Row, names)
    case 'array':
      return joined(
        (value as Row[]).map((row) => rowText(field.flattenedFields, row, names)),
        '\n\n',
      )
    default:
      return plainText(value)
  }
}

/** A row (or group) as lines "Label: text", for the fields a reader sees. */
export const rowText = (fields: FlattenedField[], row: Row, names: RelatedNames): string | null =>
  joined(
    visibleFields(fields).map((field) => {
      const text = fieldValueText(field, row?.[field.name], names)
      return text === null ? null : `${labelInWords(field.label, field.name)}: ${text}`
    }),
    '\n',
  )

/** A row (or group) by field name, each value as text: what `before`/`after` hold for a row. */
export const rowShown = (fields: FlattenedField[], row: Row, names: RelatedNames): Row =>
  Object.fromEntries(
    visibleFields(fields).map((field) => [
      field.name,
      fieldValueText(field, row?.[field.name], names),
    ]),
  )

/** What a row is called where its fields have no title: its first line of text, shortened. */
export const rowName = (fields: FlattenedField[], row: Row): string | null => {
  const first = visibleFields(fields).find(
    (field) =>
      (field.type === 'text' || field.type === 'textarea') &&
      typeof row?.[field.name] === 'string' &&
      String(row[field.name]).trim(),
  )
  if (!first) return null
  const text = String(row[first.name]).replace(/\s+/g, ' ').trim()
  return text.length > ROW_NAME_LENGTH ? `${text.slice(0, ROW_NAME_LENGTH - 1)}…` : text
}
