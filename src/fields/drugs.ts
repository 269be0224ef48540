import type { RelationshipField } from 'payload'

/** The drugs a document is about; a drug-wide re-review request finds documents by it. */
export const drugsField = (): RelationshipField => ({
  name: 'drugs',
  type: 'relationship',
  relationTo: 'drugs',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar', description: 'The drugs this is about, e.g. baclofen' },
})
