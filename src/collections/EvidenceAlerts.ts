import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../access/roles'
import { EVIDENCE_ALERT_KINDS } from '../evidence/evidenceAlerts'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/**
 * Each time the evidence watch marked a published document for re-review, and why: a cited work
 * was retracted, or a drug's label has a newer version than the one signed against. The key
 * (`retraction:doi:…`, `label:{drugId}:{version}`) makes each change flag a document once.
 */
export const EvidenceAlerts: CollectionConfig = {
  slug: 'evidence-alerts',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['kind', 'collectionSlug', 'documentId', 'reason', 'raisedAt'],
    group: 'Evidence',
  },
  fields: [
    { name: 'kind', type: 'select', required: true, options: [...EVIDENCE_ALERT_KINDS] },
    { name: 'key', type: 'text', required: true, index: true },
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...REVIEWABLE_COLLECTIONS],
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'reason', type: 'text', required: true },
    {
      name: 'raisedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  // Two watch runs at once (two processes) cannot flag a document twice for one change.
  indexes: [{ fields: ['key', 'collectionSlug', 'documentId'], unique: true }],
}
