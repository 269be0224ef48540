import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../access/roles'
import { READ_ONLY_JSON_FIELD } from '../components/admin/ReadOnlyJsonField'
import { SCHEDULE_KINDS, SCHEDULE_STATUSES } from '../scheduling/scheduleRecord'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/**
 * Scheduled publications (pinned to a signed version) and scheduled withdrawals. Only the
 * workflow's schedule endpoints write them; staff read them; the `runDueSchedules` job runs them.
 */
export const Schedules: CollectionConfig = {
  slug: 'schedules',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['kind', 'collectionSlug', 'documentId', 'at', 'status', 'scheduledBy'],
    group: 'Review',
  },
  fields: [
    { name: 'kind', type: 'select', required: true, options: [...SCHEDULE_KINDS], index: true },
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...REVIEWABLE_COLLECTIONS],
      index: true,
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: [...SCHEDULE_STATUSES],
      index: true,
    },
    { name: 'note', type: 'textarea', admin: { description: 'Public note for the update log.' } },
    { name: 'reason', type: 'textarea', admin: { description: 'Why it is withdrawn.' } },
    {
      name: 'signature',
      type: 'relationship',
      relationTo: 'signatures',
      admin: { description: 'The signature whose signed version is published.' },
    },
    { name: 'versionId', type: 'text', admin: { description: 'The pinned version.' } },
    { name: 'contentHash', type: 'text' },
    { name: 'scheduledBy', type: 'relationship', relationTo: 'users' },
    { name: 'cancelledBy', type: 'relationship', relationTo: 'users' },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'problems',
      type: 'json',
      admin: {
        description: 'Why it failed: every unmet requirement when it was due.',
        components: READ_ONLY_JSON_FIELD,
      },
    },
  ],
}
