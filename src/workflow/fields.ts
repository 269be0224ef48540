import type { Field } from 'payload'

import { stateInWords, WORKFLOW_STATES } from './states'

const onlyTheWorkflowWrites = { create: () => false, update: () => false }

const label = (state: string): string => stateInWords(state).replace(/^./, (c) => c.toUpperCase())

/** Workflow and review fields: read-only everywhere, written by the workflow's actions and hooks. */
export const workflowFields = (): Field[] => [
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
]
