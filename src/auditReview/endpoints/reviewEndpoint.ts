import type { Endpoint } from 'payload'

import { parseInput } from '../../validation/parseInput'
import { requireReviewReader } from '../guards'
import { loadReview } from '../loadReview'
import { periodOf, reviewQuerySchema } from '../period'

/**
 * GET /api/audit-log/review?from=YYYY-MM-DD&to=YYYY-MM-DD: the period's audit entries grouped by
 * document, its counts and whether QA signed exactly this period (QA, editors, admins).
 */
export const auditReviewEndpoint: Endpoint = {
  path: '/review',
  method: 'get',
  handler: async (req) => {
    requireReviewReader(req)
    const { from, to } = parseInput(reviewQuerySchema, req.query)
    const review = await loadReview(req, periodOf(from, to))
    return Response.json(review, { headers: { 'Cache-Control': 'no-store' } })
  },
}
