import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { z } from 'zod'

import {
  schedulePublicationBodySchema,
  scheduleWithdrawalBodySchema,
} from '../scheduling/scheduleActions'
import { assignBodySchema } from '../workflow/actions/assign'
import { WORKFLOW_ROUTES, type WorkflowRoute } from '../workflow/endpoints/actionEndpoints'
import { publishBodySchema } from '../workflow/actions/publish'
import { requestChangesBodySchema } from '../workflow/actions/requestChanges'
import { signOffBodySchema } from '../workflow/actions/signOff'
import { submitBodySchema } from '../workflow/actions/submit'
import { withdrawBodySchema } from '../workflow/actions/withdraw'
import {
  actionResultSchema,
  changesSinceSignOffSchema,
  workflowStatusSchema,
} from '../workflow/apiSchemas'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../workflow/states'
import { documentIdParam, errorResponses, jsonBody, noStore, STAFF } from './components'

type RouteDocs = { summary: string; description?: string; body?: z.ZodObject }

/** What each mounted workflow route (`WORKFLOW_ROUTES`) is for and the body it parses. */
const ROUTE_DOCS: Record<string, RouteDocs> = {
  'post submit': {
    summary: 'Submit for review, optionally assigned to a pharmacist by a date',
    body: submitBodySchema,
  },
  'post request-changes': {
    summary: 'Send back to the authors with a comment (opens a review thread)',
    body: requestChangesBodySchema,
  },
  'post sign-off': {
    summary: 'Pharmacist e-signature (re-enter the password) on exactly this version',
    body: signOffBodySchema,
  },
  'post publish': { summary: 'Publish the signed-off version', body: publishBodySchema },
  'post withdraw': {
    summary: 'Take the live version off the API',
    description:
      'A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`.',
    body: withdrawBodySchema,
  },
  'post discard-revision': { summary: 'Drop the revision in progress; the live version stays' },
  'post assign': { summary: 'Assign or reassign the review', body: assignBodySchema },
  'post schedule': {
    summary: 'Schedule the publication of the signed version',
    body: schedulePublicationBodySchema,
  },
  'delete schedule': { summary: 'Cancel the scheduled publication' },
  'post schedule-withdraw': {
    summary: 'Schedule a withdrawal',
    body: scheduleWithdrawalBodySchema,
  },
  'delete schedule-withdraw': { summary: 'Cancel the scheduled withdrawal' },
}

/** A mounted route without docs fails the build of the document (and so the kit check). */
const docsOf = ({ name, method }: WorkflowRoute): RouteDocs => {
  const docs = ROUTE_DOCS[`${method} ${name}`]
  if (!docs) throw new Error(`Document the workflow route ${method} ${name} in ROUTE_DOCS`)
  return docs
}

const camelCase = (words: string): string =>
  words.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

const actionOperationId = (collection: string, { name, method }: WorkflowRoute): string =>
  camelCase(`${collection}-${method === 'delete' ? 'cancel' : 'workflow'}-${name}`)

/** One path per collection rather than a `{collection}` parameter: no two templates overlap. */
const registerWorkflowRoutesOf = (
  registry: OpenAPIRegistry,
  collection: ReviewableCollection,
): void => {
  const tags = ['Workflow']
  const request = { params: documentIdParam }
  registry.registerPath({
    method: 'get',
    path: `/api/${collection}/{id}/workflow`,
    operationId: camelCase(`${collection}-get-workflow-status`),
    tags,
    summary: 'State, publish checklist, history and the caller’s possible actions',
    security: STAFF,
    request,
    responses: {
      200: {
        description: 'The workflow status.',
        headers: noStore,
        content: { 'application/json': { schema: workflowStatusSchema } },
      },
      ...errorResponses(401, 403, 404),
    },
  })
  registry.registerPath({
    method: 'get',
    path: `/api/${collection}/{id}/workflow/changes`,
    operationId: camelCase(`${collection}-get-changes-since-sign-off`),
    tags,
    summary: 'What changed since the last sign-off, field by field',
    security: STAFF,
    request,
    responses: {
      200: {
        description: 'The changes.',
        headers: noStore,
        content: { 'application/json': { schema: changesSinceSignOffSchema } },
      },
      ...errorResponses(401, 403, 404),
    },
  })
  for (const route of WORKFLOW_ROUTES) {
    const { summary, description, body } = docsOf(route)
    registry.registerPath({
      method: route.method,
      path: `/api/${collection}/{id}/workflow/${route.name}`,
      operationId: actionOperationId(collection, route),
      tags,
      summary,
      description: [description, 'Runs in one transaction; a refusal changes nothing.']
        .filter(Boolean)
        .join(' '),
      security: STAFF,
      request: {
        ...request,
        ...(body ? { body: jsonBody(body) } : {}),
      },
      responses: {
        200: {
          description: 'Done: the document’s new state.',
          content: { 'application/json': { schema: actionResultSchema } },
        },
        ...errorResponses(400, 401, 403, 404, 409, 415),
      },
    })
  }
}

export const registerWorkflowRoutes = (registry: OpenAPIRegistry): void => {
  for (const collection of REVIEWABLE_COLLECTIONS) registerWorkflowRoutesOf(registry, collection)
}
