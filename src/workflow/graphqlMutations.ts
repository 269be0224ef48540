import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { WorkflowAction } from './transitions'

import { WORKFLOW_ACTION_HANDLERS } from './actions'
import { assign } from './actions/assign'
import { discardRevision } from './actions/discardRevision'
import type { ActionInput, ActionResult } from './actions/types'
import {
  cancelScheduledPublication,
  cancelScheduledWithdrawal,
  schedulePublication,
  scheduleWithdrawal,
} from '../scheduling/scheduleActions'
import { inTransaction } from './inTransaction'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from './states'

/** The workflow actions as GraphQL mutations, calling the same functions as the REST endpoints. */
export const workflowMutations: GraphQLExtension = (graphQL) => {
  const {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = graphQL
  const required = { type: new GraphQLNonNull(GraphQLString) }
  const optional = { type: GraphQLString }

  const ReviewableCollectionEnum = new GraphQLEnumType({
    name: 'ReviewableCollection',
    values: Object.fromEntries(
      REVIEWABLE_COLLECTIONS.map((slug) => [slug.replace('-', '_'), { value: slug }]),
    ),
  })
  const LinkedOutcome = new GraphQLObjectType({
    name: 'WorkflowLinkedOutcome',
    fields: {
      collection: optional,
      id: optional,
      title: optional,
      state: optional,
      done: { type: GraphQLBoolean },
      reason: optional,
    },
  })
  const WorkflowResult = new GraphQLObjectType({
    name: 'WorkflowResult',
    fields: {
      collection: optional,
      id: optional,
      state: optional,
      message: optional,
      signatureId: optional,
      scheduleId: optional,
      scheduledAt: optional,
      linked: { type: new GraphQLList(LinkedOutcome) },
    },
  })

  const mutation = (
    action: WorkflowAction | ((input: ActionInput) => Promise<ActionResult>),
    args: Record<string, unknown>,
  ) => ({
    type: new GraphQLNonNull(WorkflowResult),
    args: {
      collection: { type: new GraphQLNonNull(ReviewableCollectionEnum) },
      id: required,
      ...args,
    },
    resolve: (
      _root: unknown,
      { collection, id, ...body }: { collection: ReviewableCollection; id: string },
      context: { req: PayloadRequest },
    ) =>
      inTransaction(context.req, () =>
        (typeof action === 'function' ? action : WORKFLOW_ACTION_HANDLERS[action])({
          req: context.req,
          collection,
          id,
          body,
        }),
      ),
  })

  return {
    workflowSubmit: mutation('submit', { comment: optional, assignee: optional, dueAt: optional }),
    workflowRequestChanges: mutation('request-changes', { comment: required, field: optional }),
    workflowSignOff: mutation('sign-off', {
      password: required,
      meaning: optional,
      includeLinked: { type: GraphQLBoolean },
    }),
    workflowPublish: mutation('publish', {
      note: optional,
      includeLinked: { type: GraphQLBoolean },
    }),
    workflowWithdraw: mutation('withdraw', {
      reason: required,
      withDependents: { type: GraphQLBoolean },
    }),
    workflowDiscardRevision: mutation(discardRevision, {}),
    workflowAssign: mutation(assign, { assignee: required, dueAt: optional }),
    workflowSchedule: mutation(schedulePublication, { publishAt: required, note: optional }),
    workflowCancelSchedule: mutation(cancelScheduledPublication, {}),
    workflowScheduleWithdraw: mutation(scheduleWithdrawal, { at: required, reason: required }),
    workflowCancelScheduledWithdraw: mutation(cancelScheduledWithdrawal, {}),
  }
}
