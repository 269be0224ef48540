import type { ArrayField, CollectionConfig, Validate } from 'payload'

import type { ComparisonRow } from '../payload-types'

import { reviewableContentAccess } from '../access/reviewableContent'
import { refuseOddCitationMarkers } from '../evidence/refuseOddCitationMarkers'
import { drugsField } from '../fields/drugs'
import { disclaimerField } from '../fields/disclaimer'
import { withNotationLint } from '../fields/notationLint'
import { duplicateTreatments } from '../validation/comparison'
import { withReviewWorkflow } from '../workflow/withReviewWorkflow'
import { withAuthoredVersions } from './withAuthoredVersions'

type Cells = NonNullable<ComparisonRow['cells']>

const validateCells: Validate<Cells> = (cells) => {
  if (!cells?.length) return 'Add a cell for each treatment in the table'
  const duplicates = duplicateTreatments(cells.map((cell) => cell.treatment ?? ''))
  return duplicates.length
    ? `Each treatment appears once per row; repeated: ${duplicates.map((t) => `"${t}"`).join(', ')}`
    : true
}

const cellsField: ArrayField = {
  name: 'cells',
  type: 'array',
  required: true,
  validate: validateCells as ArrayField['validate'],
  admin: { description: 'One cell per treatment column of the table this row belongs to.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'treatment', type: 'text', required: true, admin: { width: '40%' } },
        withNotationLint({
          name: 'value',
          type: 'textarea',
          required: true,
          admin: { width: '60%' },
        }),
      ],
    },
  ],
}

/**
 * withAuthoredVersions adds versions with drafts, createdBy/updatedBy and delivery cache refresh;
 * withReviewWorkflow adds the workflow fields, endpoints and the ordered hooks listed in
 * src/workflow/hooks/index.ts (what happens on save, in order).
 */
export const ComparisonRows: CollectionConfig = withReviewWorkflow(
  withAuthoredVersions({
    slug: 'comparison-rows',
    access: reviewableContentAccess('comparison-rows'),
    admin: {
      useAsTitle: 'feature',
      description:
        'One row of a comparison table, e.g. "Primary Use" across the compared treatments.',
    },
    fields: [
      withNotationLint({
        name: 'feature',
        type: 'text',
        required: true,
        admin: { description: 'e.g. "Dosing"' },
      }),
      cellsField,
      drugsField(),
      disclaimerField(),
    ],
    hooks: {
      beforeValidate: [refuseOddCitationMarkers('comparison-rows', ['feature', 'cells'])],
    },
  }),
)
