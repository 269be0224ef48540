import type { PayloadRequest } from 'payload'

import type { ReviewableCollection } from './states'

import { labelInWords, nameInWords, numbered, within } from './changes/labels'

const PATH_SHAPE = /^[A-Za-z_]\w*(\.(\d+|[A-Za-z_]\w*)){0,7}$/

/**
 * Why a path into a reviewable document (a change request's or a review comment's `field`) does
 * not name a field of the collection, or undefined when it does: `body`, `keyPoints.2.text`,
 * `faqs`. The first segment must be one of the collection's fields.
 */
export const fieldPathProblem = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  path: string,
): string | undefined => {
  if (path.length > 200 || !PATH_SHAPE.test(path)) {
    return 'Give a field path such as "summary", "body" or "keyPoints.2.text"'
  }
  const [first] = path.split('.')
  const fields = req.payload.collections[collection].config.flattenedFields
  return fields.some((field) => field.name === first)
    ? undefined
    : `"${first}" is not a field of ${collection}`
}

/**
 * A field path as people read it, from the collection's own labels: `summary` → "Quick summary",
 * `keyPoints.2.text` → "Key Points – item 3 – Text".
 */
export const fieldPathInWords = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  path: string,
): string => {
  const [first, ...rest] = path.split('.')
  const field = req.payload.collections[collection].config.flattenedFields.find(
    (candidate) => candidate.name === first,
  )
  const top = labelInWords(field && 'label' in field ? field.label : undefined, first)
  return within(
    top,
    ...rest.map((part) =>
      /^\d+$/.test(part) ? numbered('item', Number(part) + 1) : nameInWords(part),
    ),
  )
}
