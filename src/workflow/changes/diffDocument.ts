import type { FlattenedField } from 'payload'

import type { FieldChange, RelatedNames } from './types'

import { changeKindOf } from '../../fields/changeKind'
import { relationId } from '../../shared/relations'
import { fieldChange } from './fieldChange'
import { fieldValueText, isEmpty, rowName, rowShown, rowText } from './fieldText'
import { itemEvent, labelInWords, numbered, within } from './labels'
import { listChanges } from './listChanges'
import { richTextChanges } from './richTextChanges'

type Row = Record<string, unknown>

/** Where a field sits: its path, its label in words, and whether it is signed content. */
type Scope = { path: string; label: string; clinical: boolean }

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : isEmpty(value) ? [] : [value]

const comparable = (field: FlattenedField, value: unknown): unknown => {
  if (isEmpty(value)) return null
  if (field.type === 'date') return new Date(value as string).toISOString()
  return value
}

const scalarChange = (
  { path, label, clinical }: Scope,
  before: unknown,
  after: unknown,
  text: (value: unknown) => string | null,
): FieldChange[] => {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const kind = before === null ? 'added' : after === null ? 'removed' : 'changed'
  return [
    fieldChange({
      path,
      label,
      kind,
      before,
      after,
      beforeText: text(before),
      afterText: text(after),
      clinical,
    }),
  ]
}

/** The singular name of an array's rows: its `labels.singular` ("Key point"). */
const rowsCalled = (field: FlattenedField & { type: 'array' }, label: string): string =>
  labelInWords(field.labels?.singular, label)

const fieldChanges = (
  field: FlattenedField,
  before: unknown,
  after: unknown,
  scope: Scope,
  names: RelatedNames,
): FieldChange[] => {
  const { path, label, clinical } = scope
  switch (field.type) {
    case 'richText':
      return richTextChanges(scope, before, after)
    case 'group':
    case 'tab':
      return diffFields(field.flattenedFields, (before ?? {}) as Row, (after ?? {}) as Row, names, {
        prefix: `${path}.`,
        labelPrefix: label,
        clinical,
      })
    case 'array': {
      const rows = rowsCalled(field, label)
      return listChanges<Row>({
        path,
        before: asList(before) as Row[],
        after: asList(after) as Row[],
        identity: (row) => String(row.id),
        show: (row) => rowShown(field.flattenedFields, row, names),
        text: (row) => rowText(field.flattenedFields, row, names),
        label: (kind, row, position) =>
          itemEvent(
            kind === 'moved' ? rows : numbered(rows, position),
            kind,
            rowName(field.flattenedFields, row),
          ),
        clinical,
        inner: (was, now, itemPath, position) =>
          diffFields(field.flattenedFields, was, now, names, {
            prefix: `${itemPath}.`,
            labelPrefix: numbered(rows, position),
            clinical,
          }),
      })
    }
    case 'relationship':
    case 'upload': {
      const collection = String(field.relationTo)
      const title = (value: unknown) => names.title(collection, String(relationId(value)))
      if (!field.hasMany)
        return scalarChange(
          scope,
          isEmpty(before) ? null : title(before),
          isEmpty(after) ? null : title(after),
          (value) => (value === null ? null : String(value)),
        )
      return listChanges({
        path,
        before: asList(before),
        after: asList(after),
        identity: (value) => String(relationId(value)),
        show: title,
        text: title,
        label: (kind, value) => itemEvent(names.singular(collection), kind, title(value)),
        clinical,
      })
    }
    default: {
      const text = (value: unknown) => fieldValueText(field, value, names)
      if ('hasMany' in field && field.hasMany)
        return listChanges({
          path,
          before: asList(before),
          after: asList(after),
          identity: (value) => JSON.stringify(value),
          show: (value) => value,
          text,
          label: (kind, value) => itemEvent(label, kind, text(value)),
          clinical,
        })
      return scalarChange(scope, comparable(field, before), comparable(field, after), text)
    }
  }
}

/**
 * Field-level changes between two versions of a document, for the fields a reader sees (clinical
 * and editorial; workflow and authorship records are left out), in the order the fields are
 * defined, each named by the collection's field labels.
 */
export const diffFields = (
  fields: FlattenedField[],
  before: Row,
  after: Row,
  names: RelatedNames,
  {
    prefix = '',
    labelPrefix = '',
    clinical: parentClinical,
  }: { prefix?: string; labelPrefix?: string; clinical?: boolean } = {},
): FieldChange[] =>
  fields.flatMap((field) => {
    if (!('name' in field) || field.type === 'join') return []
    const kind = changeKindOf(field)
    if (kind === 'record') return []
    const scope = {
      path: `${prefix}${field.name}`,
      label: within(labelPrefix, labelInWords(field.label, field.name)),
      clinical: parentClinical ?? kind === 'clinical',
    }
    return fieldChanges(field, before[field.name], after[field.name], scope, names)
  })
