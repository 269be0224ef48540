import type { FlattenedField } from 'payload'

import type { FieldChange, RelatedTitles } from './types'

import { changeKindOf } from '../../fields/changeKind'
import { richTextParagraphs } from '../../richText/paragraphs'
import { relationId } from '../../shared/relations'
import { listChanges } from './listChanges'
import { commonSubsequence } from './sequenceMatch'
import { wordDiff } from './wordDiff'

type Row = Record<string, unknown>

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : isEmpty(value) ? [] : [value]

const comparable = (field: FlattenedField, value: unknown): unknown => {
  if (isEmpty(value)) return null
  if (field.type === 'date') return new Date(value as string).toISOString()
  return value
}

const scalarChange = (
  path: string,
  before: unknown,
  after: unknown,
  clinical: boolean,
): FieldChange[] => {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const kind = before === null ? 'added' : after === null ? 'removed' : 'changed'
  const words =
    kind === 'changed' && typeof before === 'string' && typeof after === 'string'
      ? { words: wordDiff(before, after) }
      : {}
  return [{ path, kind, before, after, clinical, ...words }]
}

/** Rich text paragraph by paragraph: kept paragraphs anchor; between them, rewrites pair up. */
const richTextChanges = (path: string, before: unknown, after: unknown, clinical: boolean) => {
  const a = richTextParagraphs(before)
  const b = richTextParagraphs(after)
  const changes: FieldChange[] = []
  let i = 0
  let j = 0
  for (const [ai, bj] of [...commonSubsequence(a, b), [a.length, b.length] as [number, number]]) {
    while (i < ai && j < bj) {
      changes.push({
        path: `${path}[${j}]`,
        kind: 'changed',
        before: a[i],
        after: b[j],
        clinical,
        words: wordDiff(a[i], b[j]),
      })
      i++
      j++
    }
    for (; i < ai; i++)
      changes.push({ path: `${path}[${i}]`, kind: 'removed', before: a[i], after: null, clinical })
    for (; j < bj; j++)
      changes.push({ path: `${path}[${j}]`, kind: 'added', before: null, after: b[j], clinical })
    i = ai + 1
    j = bj + 1
  }
  return changes
}

const rowContent = (fields: FlattenedField[], row: Row): Row =>
  Object.fromEntries(fields.filter((f) => 'name' in f).map((f) => [f.name, row[f.name] ?? null]))

const fieldChanges = (
  field: FlattenedField,
  before: unknown,
  after: unknown,
  path: string,
  clinical: boolean,
  titles: RelatedTitles,
): FieldChange[] => {
  switch (field.type) {
    case 'richText':
      return richTextChanges(path, before, after, clinical)
    case 'group':
      return diffFields(
        field.flattenedFields,
        (before ?? {}) as Row,
        (after ?? {}) as Row,
        titles,
        {
          prefix: `${path}.`,
          clinical,
        },
      )
    case 'array':
      return listChanges<Row>({
        path,
        before: asList(before) as Row[],
        after: asList(after) as Row[],
        identity: (row) => String(row.id),
        show: (row) => rowContent(field.flattenedFields, row),
        clinical,
        inner: (was, now, itemPath) =>
          diffFields(field.flattenedFields, was, now, titles, { prefix: `${itemPath}.`, clinical }),
      })
    case 'relationship':
    case 'upload': {
      const collection = String(field.relationTo)
      const title = (value: unknown) => titles(collection, String(relationId(value)))
      if (!field.hasMany)
        return scalarChange(
          path,
          isEmpty(before) ? null : title(before),
          isEmpty(after) ? null : title(after),
          clinical,
        )
      return listChanges({
        path,
        before: asList(before),
        after: asList(after),
        identity: (value) => String(relationId(value)),
        show: title,
        clinical,
      })
    }
    default:
      if ('hasMany' in field && field.hasMany)
        return listChanges({
          path,
          before: asList(before),
          after: asList(after),
          identity: (value) => JSON.stringify(value),
          show: (value) => value,
          clinical,
        })
      return scalarChange(path, comparable(field, before), comparable(field, after), clinical)
  }
}

/**
 * Field-level changes between two versions of a document, for the fields a reader sees (clinical
 * and editorial; workflow and authorship records are left out), in the order the fields are
 * defined.
 */
export const diffFields = (
  fields: FlattenedField[],
  before: Row,
  after: Row,
  titles: RelatedTitles,
  { prefix = '', clinical: parentClinical }: { prefix?: string; clinical?: boolean } = {},
): FieldChange[] =>
  fields.flatMap((field) => {
    if (!('name' in field) || field.type === 'join') return []
    const kind = changeKindOf(field)
    if (kind === 'record') return []
    const clinical = parentClinical ?? kind === 'clinical'
    return fieldChanges(
      field,
      before[field.name],
      after[field.name],
      `${prefix}${field.name}`,
      clinical,
      titles,
    )
  })
