import type { CollectionConfig, Validate } from 'payload'
import type { z } from 'zod'

import type { Reference } from '../../payload-types'

import { recordField } from '../../fields/changeKind'
import { readReferenceEvidence } from '../../evidence/referenceEvidence'
import { resolveCitedWork } from './hooks/resolveCitedWork'

import { reviewableContentAccess } from '../../access/reviewableContent'
import { isBlank, validateWith } from '../../validation/payloadValidator'
import {
  doiSchema,
  IDENTIFIER_FIELDS,
  MISSING_IDENTIFIER_MESSAGE,
  pmidSchema,
  publicationYearSchema,
  urlSchema,
} from '../../validation/reference'
import { withReviewWorkflow } from '../../workflow/withReviewWorkflow'
import { withAuthoredVersions } from '../withAuthoredVersions'

/** Format-checks an identifier, and reports on each of them when none is given at all. */
const identifier =
  (schema: z.ZodType): Validate<string, Reference> =>
  (value, { data }) => {
    if (!isBlank(value)) return validateWith(schema, value)
    const hasAnyIdentifier = IDENTIFIER_FIELDS.some((field) => !isBlank(data?.[field]))
    return hasAnyIdentifier ? true : MISSING_IDENTIFIER_MESSAGE
  }

/**
 * withAuthoredVersions adds versions with drafts, createdBy/updatedBy and delivery cache refresh;
 * withReviewWorkflow adds the workflow fields, endpoints and the ordered hooks listed in
 * src/workflow/hooks/index.ts (what happens on save, in order).
 */
export const References: CollectionConfig = withReviewWorkflow(
  withAuthoredVersions({
    slug: 'references',
    access: reviewableContentAccess('references'),
    admin: {
      useAsTitle: 'title',
      description:
        'Citations. An article numbers its references [1]…[n] in the order it lists them.',
    },
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'authors', type: 'text', admin: { description: 'e.g. "Ghanavatian S, Derian A"' } },
      {
        name: 'source',
        type: 'text',
        admin: { description: 'Journal, publisher or website, e.g. "MedlinePlus"' },
      },
      {
        name: 'year',
        type: 'number',
        validate: (value: number | null | undefined) =>
          isBlank(value) ? true : validateWith(publicationYearSchema, value),
      },
      {
        type: 'row',
        fields: [
          { name: 'url', type: 'text', label: 'URL', validate: identifier(urlSchema) },
          { name: 'doi', type: 'text', label: 'DOI', validate: identifier(doiSchema) },
          { name: 'pmid', type: 'text', label: 'PMID', validate: identifier(pmidSchema) },
        ],
      },
      {
        name: 'accessedAt',
        type: 'date',
        label: 'Accessed on',
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
      recordField({
        name: 'evidence',
        type: 'json',
        virtual: true,
        admin: {
          readOnly: true,
          position: 'sidebar',
          disableListColumn: true,
          components: { Field: '/components/admin/ReferenceEvidenceField#ReferenceEvidenceField' },
        },
        hooks: { afterRead: [readReferenceEvidence] },
      }),
    ],
    hooks: { afterChange: [resolveCitedWork] },
  }),
)
