import type { CollectionConfig } from 'payload'

import { authorshipFields } from '../fields/authorship'
import { stampAuthorship } from '../hooks/stampAuthorship'

/**
 * Content collections keep every version (sign-offs and audits point at versions), validate
 * drafts like any save (a malformed DOI is flagged when written, not at publication), and record
 * who created and last edited each document.
 */
export const withAuthoredVersions = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, ...authorshipFields()],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), stampAuthorship],
  },
  timestamps: true,
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
})
