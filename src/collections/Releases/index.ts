import type { CollectionConfig } from 'payload'

import { editorsAndAdmins } from '../../access/roles'
import { READ_ONLY_JSON_FIELD } from '../../components/admin/ReadOnlyJsonField'
import { releaseEndpoints } from '../../releases/endpoints'
import { RELEASE_STATES } from '../../releases/states'
import { REVIEWABLE_COLLECTIONS } from '../../workflow/states'
import { keepReleaseSettledOnceDone, refuseDeletingPublishedRelease } from './hooks/keepSettled'
import { requireFuturePublishAt } from './hooks/requireFuturePublishAt'

const onlyTheReleaseWrites = { create: () => false, update: () => false }

/**
 * A set of signed documents that go live together or not at all (an article with its FAQs,
 * comparison rows and references after a label change). Items are added and pinned to their
 * signatures through the release endpoints (src/releases/endpoints.ts); editors and admins only.
 * The release panel (a ui field) finds documents to add and shows the items with their blockers;
 * the stored items themselves stay out of the form.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  access: {
    read: editorsAndAdmins,
    create: editorsAndAdmins,
    update: editorsAndAdmins,
    delete: editorsAndAdmins,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'publishAt', 'publishedAt', 'updatedAt'],
    group: 'Review',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'publishAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Optional: the release publishes itself at this time (all items or none).',
      },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'open',
      options: [...RELEASE_STATES],
      index: true,
      access: onlyTheReleaseWrites,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'releasePanel',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: '/components/admin/ReleasePanel#ReleasePanel' },
      },
    },
    {
      name: 'items',
      type: 'array',
      access: onlyTheReleaseWrites,
      admin: { hidden: true, readOnly: true },
      fields: [
        {
          name: 'collectionSlug',
          type: 'select',
          required: true,
          options: [...REVIEWABLE_COLLECTIONS],
        },
        { name: 'documentId', type: 'text', required: true },
        { name: 'title', type: 'text' },
        { name: 'signature', type: 'relationship', relationTo: 'signatures' },
        { name: 'versionId', type: 'text' },
        { name: 'contentHash', type: 'text' },
      ],
    },
    {
      name: 'problems',
      type: 'json',
      access: onlyTheReleaseWrites,
      admin: {
        readOnly: true,
        description: 'Why the scheduled release did not go ahead.',
        condition: (data) => Array.isArray(data?.problems) && data.problems.length > 0,
        components: READ_ONLY_JSON_FIELD,
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: onlyTheReleaseWrites,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: 'users',
      access: onlyTheReleaseWrites,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeChange: [keepReleaseSettledOnceDone, requireFuturePublishAt],
    beforeDelete: [refuseDeletingPublishedRelease],
  },
  endpoints: releaseEndpoints,
}
