import type { CollectionConfig } from 'payload'

import { reviewableContentAccess } from '../access/reviewableContent'
import { disclaimerField } from '../fields/disclaimer'
import { contentEditor } from '../richText/editor'
import { withReviewWorkflow } from '../workflow/withReviewWorkflow'
import { withAuthoredVersions } from './withAuthoredVersions'

export const FAQs: CollectionConfig = withReviewWorkflow(
  withAuthoredVersions({
  slug: 'faqs',
  access: reviewableContentAccess('faqs'),
  admin: {
    useAsTitle: 'question',
  },
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'richText', required: true, editor: contentEditor },
    disclaimerField(),
  ],
}),
)
