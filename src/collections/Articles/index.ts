import type { CollectionConfig } from 'payload'

import { reviewableContentAccess } from '../../access/reviewableContent'
import { asRecordText } from '../../components/admin/RecordFieldAdmin'
import { refuseOddCitationMarkers } from '../../evidence/refuseOddCitationMarkers'
import { recordField } from '../../fields/changeKind'
import { drugsField } from '../../fields/drugs'
import { withNotationLint } from '../../fields/notationLint'
import { disclaimerField } from '../../fields/disclaimer'
import { slugField } from '../../fields/slug'
import { richTextField } from '../../fields/richText'
import { withReviewWorkflow } from '../../workflow/withReviewWorkflow'
import { withAuthoredVersions } from '../withAuthoredVersions'
import { computeReadingTime } from './hooks/computeReadingTime'
import { validateComparisonRows } from './validateComparisonRows'

/**
 * withAuthoredVersions adds versions with drafts, createdBy/updatedBy and delivery cache refresh;
 * withReviewWorkflow adds the workflow fields, endpoints and the ordered hooks listed in
 * src/workflow/hooks/index.ts (what happens on save, in order).
 */
export const Articles: CollectionConfig = withReviewWorkflow(
  withAuthoredVersions({
    slug: 'articles',
    access: reviewableContentAccess('articles'),
    admin: {
      useAsTitle: 'title',
    },
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField('title'),
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Content',
            fields: [
              withNotationLint({
                name: 'summary',
                type: 'textarea',
                label: 'Quick summary',
                required: true,
              }),
              {
                name: 'keyPoints',
                type: 'array',
                labels: { singular: 'Key point', plural: 'Key points' },
                fields: [
                  withNotationLint({ name: 'title', type: 'text', required: true }),
                  withNotationLint({ name: 'text', type: 'textarea', required: true }),
                ],
              },
              withNotationLint(richTextField({ name: 'body' })),
            ],
          },
          {
            label: 'FAQs',
            fields: [
              {
                name: 'faqs',
                type: 'relationship',
                relationTo: 'faqs',
                hasMany: true,
                label: 'FAQs',
                admin: { description: 'Shown in this order.' },
              },
            ],
          },
          {
            label: 'Comparison table',
            fields: [
              withNotationLint({
                name: 'comparisonColumns',
                type: 'text',
                hasMany: true,
                label: 'Treatments compared (column headings, in order)',
              }),
              {
                name: 'comparisonRows',
                type: 'relationship',
                relationTo: 'comparison-rows',
                hasMany: true,
                validate: validateComparisonRows,
                admin: { description: 'Each row needs one cell per treatment column.' },
              },
            ],
          },
          {
            label: 'References',
            fields: [
              {
                name: 'references',
                type: 'relationship',
                relationTo: 'references',
                hasMany: true,
                admin: { description: 'Numbered [1]…[n] in this order.' },
              },
            ],
          },
        ],
      },
      drugsField(),
      {
        name: 'conditions',
        type: 'text',
        hasMany: true,
        admin: { position: 'sidebar', description: 'e.g. multiple sclerosis, spinal cord injury' },
      },
      disclaimerField(),
      // Computed on save: shown as text after the fields people edit.
      recordField(
        asRecordText({
          name: 'readingTimeMinutes',
          type: 'number',
          label: 'Reading time (minutes)',
          access: { create: () => false, update: () => false },
          admin: { position: 'sidebar', readOnly: true },
        }),
      ),
    ],
    hooks: {
      beforeValidate: [
        refuseOddCitationMarkers('articles', ['summary', 'keyPoints', 'body', 'comparisonColumns']),
      ],
      beforeChange: [computeReadingTime],
    },
  }),
)
