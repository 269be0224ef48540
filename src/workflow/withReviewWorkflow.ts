import type { CollectionConfig } from 'payload'

import { workflowEndpoints } from '../endpoints/workflowEndpoints'
import { announcePublication } from '../webhooks/announcePublication'
import { workflowFields } from './fields'
import { keepLiveVersionUntilWithdrawn } from './hooks/keepLiveVersionUntilWithdrawn'
import { recordPublication } from './hooks/recordPublication'
import { rememberDraftSave } from './hooks/rememberDraftSave'
import { requireSignOffToPublish } from './hooks/requireSignOffToPublish'
import { startWorkflowOnCreate } from './hooks/startWorkflowOnCreate'
import { trackContributors } from './hooks/trackContributors'
import { voidSignOffOnContentChange } from './hooks/voidSignOffOnContentChange'

/** Puts a content collection under medical review: state, sign-off, publish gate, endpoints. */
export const withReviewWorkflow = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), ...workflowEndpoints()],
  fields: [...collection.fields, ...workflowFields()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftSave],
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
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
