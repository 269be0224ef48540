import type { CollectionConfig } from 'payload'

import { authorshipFields } from '../fields/authorship'
import { publishedOnlyForPublic } from '../hooks/publishedOnlyForPublic'
import { stampAuthorship } from '../hooks/stampAuthorship'

/**
 * Content collections keep every version (sign-offs and audits point at versions), validate
 * drafts like any save (a malformed DOI is flagged when written, not at publication), record
 * who created and last edited each document, and show the public only published versions.
 */
export const withAuthoredVersions = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, ...authorshipFields()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), publishedOnlyForPublic],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), stampAuthorship],
  },
  timestamps: true,
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
})
