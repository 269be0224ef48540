import type { Endpoint } from 'payload'

import { restEndpoint } from '../actions/restEndpoint'
import { auditReviewEndpoint } from './endpoints/reviewEndpoint'
import { signReviewRoute } from './endpoints/signRoute'

/** The declared routes (REST, OpenAPI, GraphQL `auditReviewSign` come from them). */
export const AUDIT_REVIEW_ROUTES = [signReviewRoute] as const

/** Mounted on the audit log: GET /api/audit-log/review, POST /api/audit-log/review/sign. */
export const AUDIT_REVIEW_ENDPOINTS: Endpoint[] = [
  auditReviewEndpoint,
  ...AUDIT_REVIEW_ROUTES.map(restEndpoint),
]
