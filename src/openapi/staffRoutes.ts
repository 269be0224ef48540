import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { z } from 'zod'

import { recordQuerySchema } from '../endpoints/documentRecord'
import { signedCopyQuerySchema } from '../endpoints/signedCopy'
import { reviewQueueQuerySchema } from '../endpoints/reviewQueue'
import { previewQuerySchema } from '../preview/previewEndpoint'
import { articlePreviewSchema } from '../preview/previewSchema'
import { registerActionPaths } from '../actions/openApiPath'
import { registerAuditReviewRoutes } from '../auditReview/openapi'
import { PRE_REVIEW_CHECK_ROUTES } from '../clinical/routes'
import { THREAD_ROUTES } from '../collections/ReviewComments/endpoints/threadStatus'
import { RELEASE_ROUTES } from '../releases/endpoints'
import { reviewQueueSchema } from '../workflow/apiSchemas'
import {
  documentIdParam,
  errorResponses,
  noStore,
  reviewableDocumentParams,
  STAFF,
} from './components'

const instantParam = (description: string) =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]).meta({
    description: `${description}: a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z)`,
  })

/** What auditPeriodSchema (auditExportEndpoint.ts) accepts, with the formats it checks. */
const auditPeriodQuery = z.object({
  from: instantParam('The start, inclusive'),
  to: instantParam('The end, exclusive; a date-only `to` includes that whole day'),
})

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

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
    path: '/api/records/{collection}/{id}/signed-copy',
    operationId: 'getSignedCopy',
    tags: ['Records'],
    summary: 'What the latest signature vouches for, as signed, with every signature manifested',
    description:
      'An article’s page rendered from the signed versions (other content: its signed fields), a manifestation of each signature of that content (printed name, credentials, date and time with zone, meaning) and the changes since the signature before. Editors, admins and the pharmacist who signed; each export is audited with the SHA-256 of the bytes returned.',
    security: STAFF,
    request: { params: reviewableDocumentParams, query: signedCopyQuerySchema },
    responses: {
      200: {
        description: 'The signed copy: JSON, a printable page (format=html) or a PDF (format=pdf).',
        headers: noStore,
        content: {
          'application/json': { schema: z.record(z.string(), z.unknown()) },
          'text/html': { schema: z.string() },
          'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
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
  registry.registerPath({
    method: 'get',
    path: '/api/preview/articles/{id}',
    operationId: 'previewArticle',
    tags: ['Workflow'],
    summary: 'The page readers will see, from the latest versions (or one version), for staff',
    description:
      'The article and its linked FAQs, comparison rows and references at their latest versions, put together as the delivery page is; `format=html` prints it as a site would (the admin shows it beside the form). Never cached.',
    security: STAFF,
    request: { params: documentIdParam, query: previewQuerySchema },
    responses: {
      200: {
        description: 'The preview: JSON, or the page with format=html.',
        headers: noStore,
        content: {
          'application/json': { schema: articlePreviewSchema },
          'text/html': { schema: z.string() },
        },
      },
      ...errorResponses(400, 401, 403, 404),
    },
  })
  registerAuditReviewRoutes(registry)
  registerActionPaths(registry, RELEASE_ROUTES)
  registerActionPaths(registry, THREAD_ROUTES)
  registerActionPaths(registry, PRE_REVIEW_CHECK_ROUTES)
}
