import type { Config, Plugin } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { editorial } from '../fields/changeKind'

/** Collections whose pages carry SEO metadata (meta title, description and share image). */
const WITH_SEO = ['articles']

/** SEO metadata is editorial: an editor may change it on top of a valid medical sign-off. */
const seoIsEditorial: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    WITH_SEO.includes(collection.slug)
      ? {
          ...collection,
          fields: collection.fields.map((field) =>
            'name' in field && field.name === 'meta' ? editorial(field) : field,
          ),
        }
      : collection,
  ),
})

/** Payload's official SEO plugin, with its fields declared editorial. */
export const seoPlugins = (): Plugin[] => [
  seoPlugin({ collections: WITH_SEO, uploadsCollection: 'media', tabbedUI: false }),
  seoIsEditorial,
]
