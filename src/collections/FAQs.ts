import type { CollectionConfig } from 'payload'

import { reviewableContentAccess } from '../access/reviewableContent'
import { refuseOddCitationMarkers } from '../evidence/refuseOddCitationMarkers'
import { drugsField } from '../fields/drugs'
import { disclaimerField } from '../fields/disclaimer'
import { withNotationLint } from '../fields/notationLint'
import { richTextField } from '../fields/richText'
import { withReviewWorkflow } from '../workflow/withReviewWorkflow'
import { withAuthoredVersions } from './withAuthoredVersions'

/**
 * withAuthoredVersions adds versions with drafts, createdBy/updatedBy and delivery cache refresh;
 * withReviewWorkflow adds the workflow fields, endpoints and the ordered hooks listed in
 * src/workflow/hooks/index.ts (what happens on save, in order).
 */
export const FAQs: CollectionConfig = withReviewWorkflow(
  withAuthoredVersions({
    slug: 'faqs',
    access: reviewableContentAccess('faqs'),
    admin: {
      useAsTitle: 'question',
    },
    labels: { singular: 'FAQ', plural: 'FAQs' },
    fields: [
      withNotationLint({ name: 'question', type: 'text', required: true }),
      withNotationLint(richTextField({ name: 'answer', required: true })),
      drugsField(),
      disclaimerField(),
    ],
    hooks: {
      beforeValidate: [refuseOddCitationMarkers('faqs', ['question', 'answer'])],
    },
  }),
)
