import { defineWorkflowAction } from '../workflow/endpoints/workflowAction'
import {
  cancelScheduledPublication,
  cancelScheduledWithdrawal,
  schedulePublication,
  schedulePublicationBodySchema,
  scheduleWithdrawal,
  scheduleWithdrawalBodySchema,
} from './scheduleActions'

/**
 * Scheduling's workflow actions, declared here and joined to the core's where the routes are
 * composed (src/features.ts mounts them, src/actions/registry.ts derives GraphQL and OpenAPI):
 * schedule (and cancel) a publication pinned to its signature, or a withdrawal.
 */
export const SCHEDULE_ROUTES = [
  defineWorkflowAction({
    name: 'schedule',
    route: 'schedule',
    method: 'post',
    summary: 'Schedule the publication of the signed version',
    body: schedulePublicationBodySchema,
    graphql: 'workflowSchedule',
    handler: schedulePublication,
  }),
  defineWorkflowAction({
    name: 'cancel-schedule',
    route: 'schedule',
    method: 'delete',
    summary: 'Cancel the scheduled publication',
    graphql: 'workflowCancelSchedule',
    handler: cancelScheduledPublication,
  }),
  defineWorkflowAction({
    name: 'schedule-withdraw',
    route: 'schedule-withdraw',
    method: 'post',
    summary: 'Schedule a withdrawal',
    body: scheduleWithdrawalBodySchema,
    graphql: 'workflowScheduleWithdraw',
    handler: scheduleWithdrawal,
  }),
  defineWorkflowAction({
    name: 'cancel-schedule-withdraw',
    route: 'schedule-withdraw',
    method: 'delete',
    summary: 'Cancel the scheduled withdrawal',
    graphql: 'workflowCancelScheduledWithdraw',
    handler: cancelScheduledWithdrawal,
  }),
] as const

export type ScheduleRoute = (typeof SCHEDULE_ROUTES)[number]
