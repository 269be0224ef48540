import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { ValidationError } from 'payload'

import { oddCitationMarkers, oddMarkerMessage } from './markerForms'

type Found = { path: string; text: string }

/**
 * The strings a field holds, each with the path a writer's error names: `keyPoints.0.title`;
 * for rich text the field itself (`body`), read through its nodes' children and text only.
 */
const textsIn = (value: unknown, path: string, found: Found[], richTextAt?: string): void => {
  if (typeof value === 'string') found.push({ path: richTextAt ?? path, text: value })
  else if (Array.isArray(value)) {
    value.forEach((item, index) => textsIn(item, `${path}.${index}`, found, richTextAt))
  } else if (value && typeof value === 'object') {
    const richText = richTextAt ?? ('root' in value ? path : undefined)
    for (const [key, item] of Object.entries(value)) {
      if (richText && !['root', 'children', 'text'].includes(key)) continue
      textsIn(item, `${path}.${key}`, found, richText)
    }
  }
}

/**
 * Refuses a save whose reader-facing text holds a bracketed number in another form than `[7]`
 * (`［7］`, `[７]`, `【7】`): the citation check reads only the normal form, so such a marker
 * would reach readers unchecked. Only the fields sent are read, so an unrelated edit passes.
 */
export const refuseOddCitationMarkers =
  (collection: CollectionSlug, fields: string[]): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data) return data
    const found: Found[] = []
    for (const field of fields) textsIn(data[field], field, found)
    const errors = found.flatMap(({ path, text }) =>
      oddCitationMarkers(text).map((odd) => ({ path, message: oddMarkerMessage(odd) })),
    )
    if (errors.length) throw new ValidationError({ collection, errors })
    return data
  }
