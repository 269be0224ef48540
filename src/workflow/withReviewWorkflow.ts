import type { CollectionConfig, UIField } from 'payload'

import { workflowEndpoints } from '../endpoints/workflowEndpoints'
import { workflowStatusEndpoint } from '../endpoints/workflowStatus'
import { announcePublication } from '../webhooks/announcePublication'
import { workflowFields } from './fields'
import { keepLiveVersionUntilWithdrawn } from './hooks/keepLiveVersionUntilWithdrawn'
import { keepReviewRecordOnRestore } from './hooks/keepReviewRecordOnRestore'
import { recordPublication } from './hooks/recordPublication'
import { rememberDraftSave } from './hooks/rememberDraftSave'
import { rememberDuplicateSource } from './hooks/rememberDuplicateSource'
import { requireSignOffToPublish } from './hooks/requireSignOffToPublish'
import { startWorkflowOnCreate } from './hooks/startWorkflowOnCreate'
import { trackContributors } from './hooks/trackContributors'
import { voidSignOffOnContentChange } from './hooks/voidSignOffOnContentChange'

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

/** Puts a content collection under medical review: state, sign-off, publish gate, endpoints, admin UI. */
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
        PublishButton: `${ADMIN_COMPONENTS}/PublishButtonForPublishers#PublishButtonForPublishers`,
      },
    },
  },
  endpoints: [...(collection.endpoints || []), workflowStatusEndpoint, ...workflowEndpoints()],
  fields: [workflowPanelField, ...collection.fields, ...workflowFields()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftSave, rememberDuplicateSource],
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
      keepReviewRecordOnRestore,
      startWorkflowOnCreate,
      keepLiveVersionUntilWithdrawn,
      trackContributors,
      voidSignOffOnContentChange,
      requireSignOffToPublish,
      recordPublication,
    ],
    afterChange: [...(collection.hooks?.afterChange ?? []), announcePublication],
  },
  versions: {
    ...(typeof collection.versions === 'object' ? collection.versions : {}),
    drafts: {
      ...(typeof collection.versions === 'object' && typeof collection.versions.drafts === 'object'
        ? collection.versions.drafts
        : {}),
      // Editors can schedule a publication; the publish gate checks it when the job runs.
      schedulePublish: true,
    },
  },
})
