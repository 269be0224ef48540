import type { CollectionConfig } from 'payload'

import { inspectors, nobody } from '../access/roles'
import { appendOnlyEvidence } from '../hooks/appendOnly'

export const AUDIT_REVIEWS = 'audit-reviews'

/**
 * Signed reviews of the audit trail: QA's electronic signature that the changes of one period
 * were read. Only POST /api/audit-log/review/sign writes one (one per exact period); nobody edits
 * or deletes it. `entriesHash` makes a later change to that period's entries detectable.
 */
export const AuditReviews: CollectionConfig = {
  slug: AUDIT_REVIEWS,
  access: { read: inspectors, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'period',
    defaultColumns: ['period', 'printedName', 'signedAt', 'entryCount'],
    group: 'Review',
    description: 'Signed by QA through the audit-trail review; nobody changes or deletes one.',
  },
  labels: { singular: 'Audit-trail review', plural: 'Audit-trail reviews' },
  fields: [
    {
      name: 'period',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'First and last day (UTC), both included: 2026-01-01/2026-01-31' },
    },
    { name: 'from', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'periodStart', type: 'date', required: true, index: true },
    { name: 'periodEnd', type: 'date', required: true, admin: { description: 'Exclusive' } },
    { name: 'signer', type: 'relationship', relationTo: 'users', required: true },
    { name: 'printedName', type: 'text', required: true },
    { name: 'meaning', type: 'text', required: true },
    {
      name: 'signedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'entriesHash',
      type: 'text',
      required: true,
      admin: { description: 'SHA-256 of the period’s audit entries as they were signed' },
    },
    { name: 'entryCount', type: 'number', required: true },
    { name: 'documentCount', type: 'number', required: true },
  ],
  hooks: appendOnlyEvidence.hooks,
}
