import type { CollectionConfig, UIField } from 'payload'

import { workflowEndpoints } from './endpoints/actionEndpoints'
import { workflowChangesEndpoint } from './endpoints/changesEndpoint'
import { workflowCompletenessEndpoint } from './completeness/endpoint'
import { workflowStatusEndpoint } from './endpoints/statusEndpoint'
import { workflowFields } from './fields'
import { WORKFLOW_HOOKS } from './hooks'
import { changeReasonField } from './changeReasonField'
import { riskTierField } from './risk/riskTierField'

const ADMIN_COMPONENTS = '/components/admin'

/** The edit view's sidebar panel: state, checklist, byline preview, history and actions. */
const workflowPanelField: UIField = {
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: `${ADMIN_COMPONENTS}/WorkflowPanel#WorkflowPanel` },
  },
}

/**
 * Puts a content collection under medical review: the risk tier (src/workflow/risk/), the workflow fields (src/workflow/fields.ts),
 * the workflow endpoints, the hooks in WORKFLOW_HOOKS (src/workflow/hooks/index.ts, in the order
 * they run), the admin panel and list columns.
 */
export const withReviewWorkflow = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    defaultColumns: [
      collection.admin?.useAsTitle ?? 'id',
      'workflowState',
      'createdBy',
      'lastSignature',
      'nextReviewDue',
      'updatedAt',
    ],
    components: {
      ...collection.admin?.components,
      beforeListTable: [
        ...(collection.admin?.components?.beforeListTable ?? []),
        `${ADMIN_COMPONENTS}/WorkflowListFilters#WorkflowListFilters`,
      ],
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: `${ADMIN_COMPONENTS}/HandledByReviewPanel#HandledByReviewPanel`,
        UnpublishButton: `${ADMIN_COMPONENTS}/HandledByReviewPanel#HandledByReviewPanel`,
        Status: `${ADMIN_COMPONENTS}/WorkflowStateStatus#WorkflowStateStatus`,
      },
    },
  },
  endpoints: [
    ...(collection.endpoints || []),
    workflowStatusEndpoint,
    ...workflowEndpoints(),
    workflowChangesEndpoint,
    workflowCompletenessEndpoint,
  ],
  fields: [
    workflowPanelField,
    changeReasonField(),
    ...collection.fields,
    riskTierField(),
    ...workflowFields(),
  ],
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      ...WORKFLOW_HOOKS.beforeOperation,
    ],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), ...WORKFLOW_HOOKS.beforeChange],
    afterChange: [...(collection.hooks?.afterChange ?? []), ...WORKFLOW_HOOKS.afterChange],
  },
  // No `schedulePublish`: Payload's scheduled publish would publish whatever the latest draft
  // is; publications are scheduled pinned to a signature (src/scheduling/).
  versions: collection.versions,
})
