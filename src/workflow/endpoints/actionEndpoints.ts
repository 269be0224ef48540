import type { Endpoint } from 'payload'
import type { z } from 'zod'

import { restEndpoint } from '../../actions/restEndpoint'
import type { ActionInputKind } from '../apiSchemas'

import { assign, assignBodySchema } from '../actions/assign'
import { discardRevision } from '../actions/discardRevision'
import { publish, publishBodySchema } from '../actions/publish'
import { requestChanges, requestChangesBodySchema } from '../actions/requestChanges'
import { signOff, signOffBodySchema } from '../actions/signOff'
import { submit, submitBodySchema } from '../actions/submit'
import { withdraw, withdrawBodySchema } from '../actions/withdraw'
import { defineWorkflowAction } from './workflowAction'

/**
 * Every core workflow action, declared once: the transition table's five, and the actions outside
 * it: discard a revision (back to the live content) and assign a reviewer. REST, GraphQL, the
 * OpenAPI document and the admin client's types come from this list; features add their own
 * (scheduling: src/scheduling/routes.ts), joined in src/features.ts and src/actions/registry.ts.
 */
export const WORKFLOW_ROUTES = [
  defineWorkflowAction({
    name: 'submit',
    route: 'submit',
    method: 'post',
    summary: 'Submit for review, optionally assigned to a pharmacist by a date',
    body: submitBodySchema,
    graphql: 'workflowSubmit',
    // An optional assignee and due date.
    panelInput: 'assign',
    handler: submit,
  }),
  defineWorkflowAction({
    name: 'request-changes',
    route: 'request-changes',
    method: 'post',
    summary: 'Send back to the authors with a comment (opens a review thread)',
    body: requestChangesBodySchema,
    graphql: 'workflowRequestChanges',
    panelInput: 'comment',
    handler: requestChanges,
  }),
  defineWorkflowAction({
    name: 'sign-off',
    route: 'sign-off',
    method: 'post',
    summary: 'Pharmacist e-signature (re-enter the password) on exactly this version',
    body: signOffBodySchema,
    graphql: 'workflowSignOff',
    panelInput: 'password',
    handler: signOff,
  }),
  defineWorkflowAction({
    name: 'publish',
    route: 'publish',
    method: 'post',
    summary: 'Publish the signed-off version',
    body: publishBodySchema,
    graphql: 'workflowPublish',
    panelInput: 'note',
    handler: publish,
  }),
  defineWorkflowAction({
    name: 'withdraw',
    route: 'withdraw',
    method: 'post',
    summary: 'Take the live version off the API',
    description:
      'A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`.',
    body: withdrawBodySchema,
    graphql: 'workflowWithdraw',
    panelInput: 'reason',
    handler: withdraw,
  }),
  defineWorkflowAction({
    name: 'discard-revision',
    route: 'discard-revision',
    method: 'post',
    summary: 'Drop the revision in progress; the live version stays',
    graphql: 'workflowDiscardRevision',
    handler: discardRevision,
  }),
  defineWorkflowAction({
    name: 'assign',
    route: 'assign',
    method: 'post',
    summary: 'Assign or reassign the review',
    body: assignBodySchema,
    graphql: 'workflowAssign',
    handler: assign,
  }),
] as const

export type WorkflowRoute = (typeof WORKFLOW_ROUTES)[number]
/** What the JSON body of the core action `Name` may hold (none: the action takes no body). */
export type WorkflowActionBody<Name extends WorkflowRoute['name']> = Extract<
  WorkflowRoute,
  { name: Name }
>['bodySchema'] extends infer Schema
  ? Schema extends z.ZodObject
    ? z.input<Schema>
    : Record<string, never>
  : never

type PanelRoute = Extract<WorkflowRoute, { panelInput: ActionInputKind }>

/** What the admin panel asks for before each action it lists (status.ts). */
export const PANEL_INPUT = Object.fromEntries(
  WORKFLOW_ROUTES.flatMap((route) => (route.panelInput ? [[route.name, route.panelInput]] : [])),
) as Record<PanelRoute['name'], ActionInputKind>

/** POST /api/{collection}/{id}/workflow/{route}: one core workflow action each. */
export const workflowEndpoints = (): Endpoint[] => WORKFLOW_ROUTES.map(restEndpoint)
