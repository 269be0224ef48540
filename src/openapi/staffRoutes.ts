import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { z } from 'zod'

import { recordQuerySchema } from '../endpoints/documentRecord'
import { reviewQueueQuerySchema } from '../endpoints/reviewQueue'
import { releaseItemBodySchema } from '../releases/releaseItems'
import { reviewQueueSchema } from '../workflow/apiSchemas'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import { errorResponses, jsonBody, noStore, reviewableDocumentParams, STAFF } from './components'

const instantParam = (description: string) =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]).meta({
    description: `${description}: a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z)`,
  })

/** What auditPeriodSchema (auditExportEndpoint.ts) accepts, with the formats it checks. */
const auditPeriodQuery = z.object({
  from: instantParam('The start, inclusive'),
  to: instantParam('The end, exclusive; a date-only `to` includes that whole day'),
})

const releaseSchema = z
  .looseObject({
    id: z.string(),
    title: z.string(),
    state: z.enum(['open', 'locked', 'published', 'failed', 'cancelled']).nullable().optional(),
    publishAt: z.string().nullable().optional(),
    items: z
      .array(
        z.looseObject({
          collectionSlug: z.enum(REVIEWABLE_COLLECTIONS),
          documentId: z.string(),
          title: z.string().nullable().optional(),
        }),
      )
      .nullable()
      .optional(),
  })
  .meta({ id: 'Release', description: 'A release document, as GET /api/releases/{id} returns it.' })

const itemOutcomeSchema = z.object({
  collection: z.enum(REVIEWABLE_COLLECTIONS),
  id: z.string(),
  title: z.string(),
  pinned: z.boolean(),
  note: z.string().optional(),
})

const releaseCheckSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    state: z.string(),
    ready: z.boolean(),
    items: z.array(
      z.object({
        collection: z.enum(REVIEWABLE_COLLECTIONS),
        id: z.string(),
        title: z.string(),
        pinned: z.object({ signature: z.string(), versionId: z.string() }).nullable(),
        blockers: z.array(z.unknown()),
      }),
    ),
  })
  .meta({ id: 'ReleaseCheck' })

const releaseParams = z.object({ id: z.string().meta({ description: 'The release id' }) })

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

const registerReleaseRoutes = (registry: OpenAPIRegistry): void => {
  const route = (
    method: 'delete' | 'get' | 'post',
    path: string,
    operationId: string,
    summary: string,
    answer: z.ZodType,
    extra: { params?: z.ZodObject; body?: z.ZodObject } = {},
  ) =>
    registry.registerPath({
      method,
      path: `/api/releases/{id}${path}`,
      operationId,
      tags: ['Releases'],
      summary,
      security: STAFF,
      request: {
        params: extra.params ?? releaseParams,
        ...(extra.body ? { body: jsonBody(extra.body) } : {}),
      },
      responses: {
        200: json(answer, 'Done.'),
        ...(method === 'get'
          ? errorResponses(400, 401, 403, 404, 409)
          : errorResponses(400, 401, 403, 404, 409, 415)),
      },
    })
  const withRelease = z.object({ release: releaseSchema })
  route('get', '/check', 'checkRelease', 'What each item still needs', releaseCheckSchema)
  route(
    'post',
    '/items',
    'addReleaseItems',
    'Add a document (and its linked ones), pinned to its signature',
    withRelease.extend({ added: z.array(itemOutcomeSchema), skipped: z.array(itemOutcomeSchema) }),
    { body: releaseItemBodySchema },
  )
  route(
    'delete',
    '/items/{itemCollection}/{itemId}',
    'removeReleaseItem',
    'Remove an item',
    withRelease,
    {
      params: releaseParams.extend({
        itemCollection: z.enum(REVIEWABLE_COLLECTIONS),
        itemId: z.string(),
      }),
    },
  )
  route('post', '/lock', 'lockRelease', 'Lock the release once every item is ready', withRelease)
  route('post', '/cancel', 'cancelRelease', 'Cancel the release', withRelease)
  route(
    'post',
    '/publish',
    'publishRelease',
    'Publish every item in one transaction, or none',
    withRelease.extend({ message: z.string() }),
  )
}

const registerThreadRoutes = (registry: OpenAPIRegistry): void => {
  for (const [name, summary] of [
    ['resolve', 'Resolve a review thread'],
    ['reopen', 'Reopen a review thread'],
  ] as const) {
    registry.registerPath({
      method: 'post',
      path: `/api/review-comments/{id}/${name}`,
      operationId: `${name}ReviewThread`,
      tags: ['Reviewer loop'],
      summary,
      description: 'On the comment that opens the thread.',
      security: STAFF,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(
          z.object({
            doc: z.looseObject({ id: z.string(), status: z.string().optional() }),
            message: z.string(),
          }),
          'The thread’s opening comment, updated.',
        ),
        ...errorResponses(400, 401, 403, 404, 409, 415),
      },
    })
  }
}

export const registerStaffRoutes = (registry: OpenAPIRegistry): void => {
  registry.registerPath({
    method: 'get',
    path: '/api/review-queue',
    operationId: 'getReviewQueue',
    tags: ['Reviewer loop'],
    summary: 'What waits for review, what needs changes, what is overdue',
    security: STAFF,
    request: { query: reviewQueueQuerySchema },
    responses: {
      200: json(reviewQueueSchema, 'The queue.'),
      ...errorResponses(400, 401, 403),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/records/{collection}/{id}',
    operationId: 'getDocumentRecord',
    tags: ['Records'],
    summary: 'A document’s whole record (versions, signatures, audit entries, threads)',
    description: 'For 21 CFR Part 11 §11.10(b) inspections; each export is audited.',
    security: STAFF,
    request: { params: reviewableDocumentParams, query: recordQuerySchema },
    responses: {
      200: {
        description: 'The record: JSON, or a printable page with format=html.',
        headers: noStore,
        content: {
          'application/json': { schema: z.record(z.string(), z.unknown()) },
          'text/html': { schema: z.string() },
        },
      },
      ...errorResponses(400, 401, 403, 404),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/audit-log/export',
    operationId: 'exportAuditLog',
    tags: ['Records'],
    summary: 'The audit trail of a period as CSV',
    description: '`from` is inclusive, `to` exclusive (a date-only `to`: that whole day).',
    security: STAFF,
    request: { query: auditPeriodQuery },
    responses: {
      200: {
        description: 'CSV, streamed.',
        headers: noStore,
        content: { 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(400, 401, 403),
    },
  })
  registerReleaseRoutes(registry)
  registerThreadRoutes(registry)
}
