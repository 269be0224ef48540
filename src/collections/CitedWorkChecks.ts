import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../access/roles'
import { CITED_WORK_STATUSES } from '../evidence/citedWorkCheck'

/**
 * What Crossref or PubMed last said about a cited work, one record per identifier (`doi:…`,
 * `pmid:…`), shared by every reference that cites it. Written by the reference save hook and
 * the retraction watch only; staff read them (the reference shows its check as `evidence`).
 */
export const CitedWorkChecks: CollectionConfig = {
  slug: 'cited-work-checks',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'identifier',
    defaultColumns: ['identifier', 'status', 'retracted', 'checkedAt'],
    group: 'Evidence',
  },
  fields: [
    { name: 'identifier', type: 'text', required: true, index: true },
    { name: 'status', type: 'select', options: [...CITED_WORK_STATUSES] },
    { name: 'title', type: 'text' },
    { name: 'journal', type: 'text' },
    { name: 'year', type: 'number' },
    { name: 'retracted', type: 'checkbox', defaultValue: false, index: true },
    { name: 'retractionNotice', type: 'text' },
    { name: 'checkedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastError',
      type: 'text',
      admin: { description: 'Why the last attempt failed; the previous answer is kept.' },
    },
    { name: 'lastErrorAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
