import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { contentWriters, editorsAndAdmins } from '../access/roles'
import { rematerializePagesOnChange, rematerializePagesOnDelete } from '../hooks/rematerializePages'

/** Images for pages (the SEO share image), stored on disk under `mediaDir` (MEDIA_DIR). */
export const mediaCollection = (mediaDir = 'data/media'): CollectionConfig => ({
  slug: 'media',
  access: {
    read: () => true,
    create: contentWriters,
    update: editorsAndAdmins,
    delete: editorsAndAdmins,
  },
  admin: { useAsTitle: 'alt', group: 'Content' },
  upload: {
    staticDir: path.resolve(mediaDir),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    // "Paste URL" fetches from the browser, which the admin's CSP (connect-src 'self') refuses;
    // images are uploaded as files.
    pasteURL: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it' },
    },
  ],
  // A delivered page shows its share image's URL, alt text and size: re-render it when they change.
  hooks: { afterChange: [rematerializePagesOnChange], afterDelete: [rematerializePagesOnDelete] },
})
