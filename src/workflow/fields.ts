import type { Field } from 'payload'

import { asRecordText } from '../components/admin/RecordFieldAdmin'
import { recordField } from '../fields/changeKind'
import { PUBLICATION_KINDS } from './publicationKind'
import { stateInWords, WORKFLOW_STATES } from './states'

const onlyTheWorkflowWrites = { create: () => false, update: () => false }

const label = (state: string): string => stateInWords(state).replace(/^./, (c) => c.toUpperCase())

/**
 * Workflow and review fields: read-only everywhere, written by the workflow's actions and hooks.
 * The admin shows the sidebar ones as text (asRecordText), after the collection's own sidebar
 * fields (withReviewWorkflow appends them).
 */
export const workflowFields = (): Field[] =>
  (
    [
      {
        name: 'workflowState',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: WORKFLOW_STATES.map((state) => ({ label: label(state), value: state })),
        access: onlyTheWorkflowWrites,
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'contributors',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        access: onlyTheWorkflowWrites,
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Everyone who changed the content; none of them may sign it off.',
        },
      },
      {
        name: 'assignee',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: 'Assigned reviewer',
        access: onlyTheWorkflowWrites,
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Only this pharmacist may sign it off; editors can reassign it.',
          components: { Cell: '/components/admin/UserNameCell#UserNameCell' },
        },
      },
      {
        name: 'dueAt',
        type: 'date',
        label: 'Review due by',
        access: onlyTheWorkflowWrites,
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'lastSignature',
        type: 'relationship',
        relationTo: 'signatures',
        access: onlyTheWorkflowWrites,
        label: 'Last signed by',
        admin: {
          position: 'sidebar',
          readOnly: true,
          components: { Cell: '/components/admin/SignerCell#SignerCell' },
        },
      },
      {
        name: 'firstPublishedAt',
        type: 'date',
        access: onlyTheWorkflowWrites,
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'lastReviewedAt',
        type: 'date',
        access: onlyTheWorkflowWrites,
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'nextReviewDue',
        type: 'date',
        index: true,
        access: onlyTheWorkflowWrites,
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'withdrawalReason',
        type: 'textarea',
        access: onlyTheWorkflowWrites,
        admin: {
          position: 'sidebar',
          readOnly: true,
          condition: (data) => Boolean(data?.withdrawalReason),
        },
      },
      {
        name: 'reviewReason',
        type: 'textarea',
        label: 'Why a re-review was requested',
        access: onlyTheWorkflowWrites,
        admin: {
          position: 'sidebar',
          readOnly: true,
          condition: (data) => Boolean(data?.reviewReason),
        },
      },
      {
        name: 'updateLog',
        type: 'array',
        label: 'Public update log',
        access: onlyTheWorkflowWrites,
        admin: {
          readOnly: true,
          description: 'One entry per publication, newest first; shown on the delivered page.',
        },
        fields: [
          { name: 'date', type: 'date', required: true },
          {
            // Text rather than a select, so GraphQL answers the same values as REST (an enum
            // cannot spell "first-publication").
            name: 'kind',
            type: 'text',
            required: true,
            validate: (value: unknown) =>
              (PUBLICATION_KINDS as readonly unknown[]).includes(value) ||
              `One of: ${PUBLICATION_KINDS.join(', ')}`,
          },
          { name: 'note', type: 'textarea' },
        ],
      },
    ] satisfies Field[]
  ).map((field) =>
    recordField<Field>(field.admin?.position === 'sidebar' ? asRecordText(field) : field),
  )
