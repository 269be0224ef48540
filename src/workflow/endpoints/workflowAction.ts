import type { z } from 'zod'

import type { PolicyAction } from '../../access/policy'
import type { ActionInput, ActionResult } from '../actions/types'
import type { ReviewableCollection } from '../states'

import { defineAction } from '../../actions/defineAction'
import { documentIdParam } from '../../openapi/components'
import { type ActionInputKind, actionResultSchema, reviewableCollectionSchema } from '../apiSchemas'

export const camelCase = (words: string): string =>
  words.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

/**
 * One workflow action on every reviewable collection: `POST` (or `DELETE`)
 * /api/{collection}/{id}/workflow/{route}, in one transaction, answering the document's new state;
 * the GraphQL mutation `graphql` takes `collection`, `id` and the body's fields.
 */
export const defineWorkflowAction = <
  const Name extends PolicyAction,
  const Route extends string,
  const Method extends 'delete' | 'post',
  const Body extends z.ZodObject | undefined = undefined,
  const Input extends ActionInputKind | undefined = undefined,
>(declaration: {
  name: Name
  route: Route
  method: Method
  summary: string
  description?: string
  body?: Body
  graphql: string
  /** What the admin panel asks for first (the transition table's actions, which it lists). */
  panelInput?: Input
  handler: (input: ActionInput) => Promise<ActionResult>
}) => ({
  ...defineAction({
    name: declaration.name,
    method: declaration.method,
    path: `/:id/workflow/${declaration.route}`,
    collections: reviewableCollectionSchema,
    summary: declaration.summary,
    description: [declaration.description, 'Runs in one transaction; a refusal changes nothing.']
      .filter(Boolean)
      .join(' '),
    tags: ['Workflow'],
    operationId: (collection) =>
      camelCase(
        `${collection}-${declaration.method === 'delete' ? 'cancel' : 'workflow'}-${declaration.route}`,
      ),
    params: documentIdParam,
    body: declaration.body,
    result: actionResultSchema,
    resultDescription: 'Done: the document’s new state.',
    errors: [400, 401, 403, 404, 409, 415],
    transaction: 'endpoint',
    graphql: declaration.graphql,
    policy: declaration.name,
    handler: ({ req, params, body }) =>
      declaration.handler({
        req,
        collection: params.collection as ReviewableCollection,
        id: params.id,
        body,
      }),
  }),
  route: declaration.route,
  bodySchema: declaration.body as Body,
  panelInput: declaration.panelInput as Input,
})
