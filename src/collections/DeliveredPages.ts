import type { CollectionConfig } from 'payload'

import { nobody } from '../access/roles'

/**
 * Delivery pages rendered when what they show changes, read by the delivery endpoint by slug.
 * Only the CMS writes them (`src/delivery/materialize.ts`); nobody reads them over the API,
 * since the delivery endpoint serves their bytes.
 */
export const DeliveredPages: CollectionConfig = {
  slug: 'delivered-pages',
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  // The list reads servable pages in slug order without sorting the table.
  indexes: [{ fields: ['status', 'slug'] }],
  fields: [
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    { name: 'article', type: 'text', required: true, index: true },
    {
      name: 'status',
      type: 'number',
      required: true,
      defaultValue: 200,
      admin: { description: '503: the page cannot be served safely (no live disclaimer).' },
    },
    { name: 'etag', type: 'text', required: true },
    {
      name: 'dependsOn',
      type: 'text',
      hasMany: true,
      index: true,
      admin: { description: '`collection:id` of every document the page shows.' },
    },
    {
      name: 'cacheKeys',
      type: 'text',
      admin: { description: 'The same keys, space-separated, as sent in Surrogate-Key.' },
    },
    {
      name: 'listEntry',
      type: 'json',
      admin: {
        description: "The article's entry in the delivery list (slug, title, summary, dates).",
      },
    },
    { name: 'renderedAt', type: 'date', required: true },
    // Last: a row's columns are read in order, and the body spans several overflow pages.
    { name: 'body', type: 'textarea', required: true },
  ],
}
