import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import { z } from 'zod'

import { registerActionPaths } from '../actions/openApiPath'
import { errorResponses, noStore, STAFF } from '../openapi/components'
import { periodFields } from './period'
import { AUDIT_REVIEW_ROUTES } from './routes'
import { auditReviewSchema } from './schemas'

/** GET /api/audit-log/review (by hand: it reads a query) and the declared sign route. */
export const registerAuditReviewRoutes = (registry: OpenAPIRegistry): void => {
  registry.registerPath({
    method: 'get',
    path: '/api/audit-log/review',
    operationId: 'getAuditReview',
    tags: ['Records'],
    summary:
      'The audit-trail review of a period: its changes grouped by document (QA, editors, admins)',
    description:
      'Whole UTC days, both included, at most 366. `signed` is the QA signature of exactly this period, with whether the entries still hash to what was signed.',
    security: STAFF,
    request: { query: z.object(periodFields) },
    responses: {
      200: {
        description: 'The review.',
        headers: noStore,
        content: { 'application/json': { schema: auditReviewSchema } },
      },
      ...errorResponses(400, 401, 403),
    },
  })
  registerActionPaths(registry, AUDIT_REVIEW_ROUTES)
}
