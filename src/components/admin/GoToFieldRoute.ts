import type { ClientField } from 'payload'

/**
 * What has to be opened, outermost first, before a field is on the screen: a tab of a tabs field
 * (Payload renders only the active tab's fields) or a row of an array or blocks field (its
 * collapsible may be closed).
 */
export type FieldStep =
  | { kind: 'tab'; tabLabels: string[]; index: number }
  | { kind: 'row'; fieldPath: string; index: number }

export type FieldRoute = {
  steps: FieldStep[]
  /** The deepest part of the path the config knows, in Payload's form-state spelling. */
  path: string
}

type Label = unknown

/** `keyPoints[1].text` and `keyPoints.1.text` alike: Payload's form paths use dots. */
export const formPath = (path: string): string =>
  path
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\.+|\.+$/g, '')

/** A label as the admin prints it: a string, or the translation for `language`. */
export const labelText = (label: Label, fallback: string, language = 'en'): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const translations = label as Record<string, unknown>
    const text = translations[language] ?? Object.values(translations)[0]
    if (typeof text === 'string') return text
  }
  return fallback
}

type Walk = { steps: FieldStep[]; known: string[] } | null

const isRowIndex = (segment: string | undefined): segment is string =>
  segment !== undefined && /^\d+$/.test(segment)

/**
 * Follows `segments` through the collection's client field config. Unnamed tabs, rows and
 * collapsibles add nothing to a field's path but decide where it is shown; named tabs and groups
 * add their name; arrays and blocks add their name and the row index.
 */
const walk = (
  fields: readonly ClientField[],
  segments: string[],
  prefix: string[],
  language: string,
): Walk => {
  const [name, ...rest] = segments
  if (!name) return null
  for (const field of fields) {
    if (field.type === 'tabs') {
      const tabLabels = field.tabs.map((tab, i) =>
        labelText(tab.label, 'name' in tab && tab.name ? tab.name : `Tab ${i + 1}`, language),
      )
      for (const [index, tab] of field.tabs.entries()) {
        const step: FieldStep = { kind: 'tab', tabLabels, index }
        const named = 'name' in tab && tab.name
        const found = named
          ? tab.name === name
            ? (walk(tab.fields, rest, [...prefix, name], language) ?? {
                steps: [],
                known: [...prefix, name],
              })
            : null
          : walk(tab.fields, segments, prefix, language)
        if (found) return { steps: [step, ...found.steps], known: found.known }
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = walk(field.fields, segments, prefix, language)
      if (found) return found
      continue
    }
    if (!('name' in field) || field.name !== name) continue
    const here = [...prefix, name]
    if (field.type === 'group') {
      return walk(field.fields, rest, here, language) ?? { steps: [], known: here }
    }
    if ((field.type === 'array' || field.type === 'blocks') && isRowIndex(rest[0])) {
      const row: FieldStep = { kind: 'row', fieldPath: here.join('.'), index: Number(rest[0]) }
      if (field.type === 'blocks') {
        // A block's fields depend on its block type, which the config alone does not say: keep
        // the rest of the path and let the page say whether it exists.
        return { steps: [row], known: [...here, ...rest] }
      }
      const inner = walk(field.fields, rest.slice(1), [...here, rest[0]], language)
      return inner
        ? { steps: [row, ...inner.steps], known: inner.known }
        : { steps: [row], known: [...here, rest[0]] }
    }
    return { steps: [], known: here }
  }
  return null
}

/** Where `path` is shown in a form built from `fields`, or null when no such field exists. */
export const routeToField = (
  fields: readonly ClientField[],
  path: string,
  language = 'en',
): FieldRoute | null => {
  const found = walk(fields, formPath(path).split('.'), [], language)
  return found ? { steps: found.steps, path: found.known.join('.') } : null
}
