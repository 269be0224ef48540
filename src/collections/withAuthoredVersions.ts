import type { CollectionConfig } from 'payload'

import { asRecordText } from '../components/admin/RecordFieldAdmin'
import { authorshipFields } from '../fields/authorship'
import { publishedOnlyForPublic } from '../hooks/publishedOnlyForPublic'
import { rematerializePagesOnChange, rematerializePagesOnDelete } from '../hooks/rematerializePages'
import { stampAuthorship } from '../hooks/stampAuthorship'

/**
 * Content collections keep every version (sign-offs and audits point at versions), validate
 * drafts like any save (a malformed DOI is flagged when written, not at publication), record
 * who created and last edited each document (shown by name, as text, after the collection's own
 * sidebar fields), show the public only published versions, and re-render the delivered pages
 * that show them when they change.
 */
export const withAuthoredVersions = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, ...authorshipFields().map(asRecordText)],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), publishedOnlyForPublic],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), stampAuthorship],
    afterChange: [...(collection.hooks?.afterChange ?? []), rematerializePagesOnChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), rematerializePagesOnDelete],
  },
  timestamps: true,
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
})
