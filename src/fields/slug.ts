import type { CollectionSlug, TextField, Validate, Where } from 'payload'

import { isBlank, validateWith } from '../validation/payloadValidator'
import { slugify, slugSchema } from '../validation/slug'

const validateSlug: Validate = async (value, { collectionSlug, id, req }) => {
  if (isBlank(value)) return 'Give the page a title or a slug'
  const format = validateWith(slugSchema, value)
  if (format !== true || !collectionSlug) return format
  const sameSlug: Where = { slug: { equals: value } }
  const { totalDocs } = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    where: id ? { and: [sameSlug, { id: { not_equals: id } }] } : sameSlug,
    req,
  })
  return totalDocs === 0 ? true : `The slug "${value}" is already used by another document`
}

/**
 * A unique, lower-case, URL-safe slug, generated from `sourceField` when left empty. Not Payload's
 * own `slugField()`: it adds a stored `generateSlug` checkbox and regenerates the slug from the
 * title while that box is ticked, and does not check the format. Here the page address is checked
 * the same way on every path (400 naming `slug`: format and uniqueness, counted with the request's
 * access) and stays put once set, since downstream sites and sitemaps link to it.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  // Not `required` in the schema, so API clients may leave it out and get one made from the
  // title; validateSlug still refuses a document that ends up without one.
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'The page address. Left empty, it is made from the title.',
  },
  hooks: {
    // Payload's duplicate appends " - Copy" to unique fields, which is no slug: use "-copy", "-copy-2"…
    beforeDuplicate: [
      async ({ value, collection, req }) => {
        if (typeof value !== 'string' || !collection) return value
        for (let attempt = 1; ; attempt += 1) {
          const candidate = slugify(`${value}-copy${attempt > 1 ? `-${attempt}` : ''}`)
          const { totalDocs } = await req.payload.count({
            collection: collection.slug as CollectionSlug,
            where: { slug: { equals: candidate } },
            req,
          })
          if (totalDocs === 0) return candidate
        }
      },
    ],
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim()) return value.trim()
        const source = data?.[sourceField]
        return typeof source === 'string' && source.trim() ? slugify(source) : value
      },
    ],
  },
  validate: validateSlug,
})
