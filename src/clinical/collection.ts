import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../access/roles'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import { preReviewCheckEndpoints } from './routes'

/**
 * The results of the pre-review checks, one per run: every submit (and a sign-off of content no
 * submit checked) stores the findings on the exact version, by version id and content hash (the
 * hash signatures carry). Staff read them, as they read the document; nobody writes them through
 * the API: the runner stores them and the accept endpoint records a pharmacist's acceptance.
 */
export const PreReviewChecks: CollectionConfig = {
  slug: 'pre-review-checks',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['collectionSlug', 'documentId', 'versionId', 'ranAt', 'blocking', 'advisory'],
    group: 'Review',
  },
  endpoints: preReviewCheckEndpoints,
  fields: [
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...REVIEWABLE_COLLECTIONS],
      index: true,
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'versionId', type: 'text', required: true },
    {
      name: 'contentHash',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'SHA-256 of the checked content: the hash a signature of it carries' },
    },
    {
      name: 'ranAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'ranBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'occasion',
      type: 'select',
      required: true,
      options: ['submit', 'sign-off'],
      admin: { description: 'What ran them: a submit, or a sign-off of content no submit checked' },
    },
    { name: 'blocking', type: 'number', required: true, defaultValue: 0 },
    { name: 'advisory', type: 'number', required: true, defaultValue: 0 },
    {
      name: 'findings',
      type: 'array',
      fields: [
        { name: 'rule', type: 'text', required: true },
        {
          name: 'severity',
          type: 'select',
          required: true,
          options: ['block', 'warn'],
          admin: { description: 'As applied: the rule’s own, or the publisher’s CHECK_SEVERITY' },
        },
        { name: 'where', type: 'text', required: true },
        { name: 'field', type: 'text' },
        { name: 'text', type: 'text' },
        { name: 'message', type: 'textarea', required: true },
        { name: 'suggestion', type: 'text' },
        { name: 'source', type: 'text' },
        { name: 'acceptedBy', type: 'relationship', relationTo: 'users' },
        { name: 'acceptedByName', type: 'text' },
        { name: 'acceptedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'reason', type: 'textarea' },
      ],
    },
  ],
}
