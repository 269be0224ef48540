import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineAction } from '../actions/defineAction'
import { restEndpoint } from '../actions/restEndpoint'
import { acceptBodySchema, acceptFinding } from './endpoints/acceptFinding'

const storedFindingSchema = z
  .looseObject({
    id: z.string(),
    rule: z.string(),
    severity: z.enum(['block', 'warn']),
    where: z.string(),
    field: z.string().nullable().optional(),
    text: z.string().nullable().optional(),
    message: z.string(),
    suggestion: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    acceptedByName: z.string().nullable().optional(),
    acceptedAt: z.string().nullable().optional(),
    reason: z.string().nullable().optional(),
  })
  .meta({ id: 'PreReviewFinding' })

const checkResultSchema = z
  .looseObject({
    id: z.string(),
    collectionSlug: z.string(),
    documentId: z.string(),
    versionId: z.string(),
    contentHash: z.string(),
    ranAt: z.string(),
    findings: z.array(storedFindingSchema).nullable().optional(),
  })
  .meta({ id: 'PreReviewCheckResult' })

/** POST /api/pre-review-checks/{id}/accept (REST, OpenAPI and GraphQL from one declaration). */
export const acceptFindingRoute = defineAction({
  name: 'check-accept',
  method: 'post',
  path: '/:id/accept',
  collections: z.enum(['pre-review-checks']),
  summary: 'Accept an advisory finding of the pre-review checks, with a reason (pharmacists)',
  description:
    'Only in the latest check results of a document whose content is still the content checked; a blocking finding, or one already accepted, is refused (409). Recorded on the finding and in the audit trail, and named in the signature.',
  tags: ['Reviewer loop'],
  operationId: () => 'acceptPreReviewFinding',
  params: z.object({ id: z.string().meta({ description: 'The id of the check results' }) }),
  body: acceptBodySchema,
  result: z
    .object({ result: checkResultSchema, finding: storedFindingSchema, message: z.string() })
    .meta({ id: 'PreReviewFindingAccepted' }),
  resultDescription: 'The check results, with the finding accepted.',
  errors: [400, 401, 403, 404, 409, 415],
  transaction: 'endpoint',
  graphql: 'acceptPreReviewFinding',
  policy: 'check-accept',
  handler: ({ req, params, body }) => acceptFinding(req, params.id, body),
})

export const PRE_REVIEW_CHECK_ROUTES = [acceptFindingRoute] as const

export const preReviewCheckEndpoints: Endpoint[] = PRE_REVIEW_CHECK_ROUTES.map(restEndpoint)
