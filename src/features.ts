import type { CollectionConfig } from 'payload'

import type { WorkflowRoute } from './workflow/endpoints/actionEndpoints'

import { restEndpoint } from './actions/restEndpoint'
import { registerPreReviewCheck } from './clinical/checks/registry'
import { drugFactsCheck } from './clinical/drugFacts/preReviewCheck'
import { notationCheck } from './clinical/notation/preReviewCheck'
import { registerClinicalChecksWithWorkflow } from './clinical/workflow'
import { registerRenditionWithWorkflow } from './delivery/rendition/workflow'
import { registerEvidenceWithWorkflow } from './evidence/workflow'
import { registerNotificationsWithWorkflow } from './notifications/workflowListeners'
import { mentionableRoute } from './reviewComments/mentionableRoute'
import { registerReviewCommentsWithWorkflow } from './reviewComments/workflow'
import { SCHEDULE_ROUTES, type ScheduleRoute } from './scheduling/routes'
import { registerSchedulingWithWorkflow } from './scheduling/workflow'
import { registerWebhooksWithWorkflow } from './webhooks/workflowListeners'
import { REVIEWABLE_COLLECTIONS } from './workflow/states'

/**
 * The one place the features join the workflow core (which imports none of them): their
 * requirements (src/workflow/requirements.ts), what they record on a signature, what they show on
 * the panel, and their subscriptions to workflow events (src/workflow/events.ts). The config calls
 * it at start-up. Every registry is keyed, so a second call (another Payload instance in the same
 * process) registers nothing twice and no email is sent twice.
 */
export const registerWorkflowFeatures = (): void => {
  // In the checklist's and the sign-off's order: threads, then an article's evidence.
  registerReviewCommentsWithWorkflow()
  registerEvidenceWithWorkflow()
  // After the evidence: the page is compared once everything it is built from may go live.
  registerRenditionWithWorkflow()
  registerSchedulingWithWorkflow()
  // Every submit runs the pre-review checks; every signature records them.
  registerClinicalChecksWithWorkflow()
  registerPreReviewCheck(notationCheck)
  registerPreReviewCheck(drugFactsCheck)
  // Webhooks before notifications: a publication's delivery is queued before the author's email.
  registerWebhooksWithWorkflow()
  registerNotificationsWithWorkflow()
}

/**
 * The routes features add to every reviewable collection, after the core's: scheduling's, and
 * whom a review comment may mention.
 */
export const FEATURE_WORKFLOW_ROUTES = [...SCHEDULE_ROUTES, mentionableRoute] as const

/** Any action route on a reviewable collection: the core's or a feature's (the admin client's). */
export type ReviewableRoute = WorkflowRoute | ScheduleRoute

const REVIEWABLE = new Set<string>(REVIEWABLE_COLLECTIONS)

/** Mounts the features' workflow routes on a reviewable collection (the config's collections). */
export const withFeatureRoutes = (collection: CollectionConfig): CollectionConfig =>
  REVIEWABLE.has(collection.slug)
    ? {
        ...collection,
        endpoints: [...(collection.endpoints || []), ...FEATURE_WORKFLOW_ROUTES.map(restEndpoint)],
      }
    : collection
