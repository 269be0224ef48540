import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

import { healthSchema } from '../endpoints/health'
import { SECURITY_SCHEMES } from './components'
import { registerDeliveryRoutes } from './deliveryRoutes'
import { registerSecondFactorRoutes } from './secondFactorRoutes'
import { registerStaffRoutes } from './staffRoutes'
import { withTextPattern } from './textPattern'
import { registerWorkflowRoutes } from './workflowRoutes'

const DESCRIPTION = `The endpoints this CMS adds to Payload's REST API (Payload's own collection routes,
\`/api/{collection}\`, and GraphQL at \`/api/graphql\` are documented by Payload; the GraphQL schema is
\`downstream/schema.graphql\`).

Downstream sites read published content from the Delivery endpoints. Errors always have the shape
\`{ "errors": [{ "message": "…", "data": … }] }\`, with a message written for people; a 400 lists each
failing field in \`data.errors\` (\`{ path, message }\`).

Text in a request body must not contain control characters: tab and new line are text, and a
carriage return only just before a new line (\`\\r\\n\`); anything else is a 400 naming the field.`

const registerOperations = (registry: OpenAPIRegistry): void => {
  registry.registerPath({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    tags: ['Operations'],
    security: [],
    summary: 'Whether the CMS and its database answer (load balancers, compose)',
    responses: {
      200: { description: 'Up.', content: { 'application/json': { schema: healthSchema } } },
      503: {
        description: 'The database does not answer.',
        content: { 'application/json': { schema: healthSchema } },
      },
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApiDocument',
    tags: ['Operations'],
    security: [],
    summary: 'This document',
    responses: {
      200: {
        description: 'OpenAPI 3.1.',
        content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      },
      304: { description: 'Unchanged since the ETag you sent.' },
    },
  })
}

/**
 * The OpenAPI 3.1 document of every endpoint the project adds, generated from the zod schemas the
 * endpoints parse requests with and type their answers by. Committed as downstream/openapi.json.
 */
export const buildOpenApiDocument = () => {
  const registry = new OpenAPIRegistry()
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    registry.registerComponent('securitySchemes', name, scheme)
  }
  registerDeliveryRoutes(registry)
  registerWorkflowRoutes(registry)
  registerStaffRoutes(registry)
  registerSecondFactorRoutes(registry)
  registerOperations(registry)
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'MedReview CMS API',
      version: '1.0.0',
      description: DESCRIPTION,
      license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
    },
    servers: [{ url: '/', description: 'The CMS that serves this document' }],
    tags: [
      { name: 'Delivery', description: 'Published content for downstream sites.' },
      { name: 'Workflow', description: 'The medical-review workflow (staff).' },
      { name: 'Reviewer loop', description: 'Review queue and comment threads (staff).' },
      { name: 'Releases', description: 'Publishing several documents together (staff).' },
      { name: 'Records', description: 'Inspection records and the audit trail (staff).' },
      {
        name: 'Two-factor authentication',
        description:
          'TOTP for staff accounts. An enrolled account sends its current code as `totp` with the password to POST /api/users/login and to every sign-off.',
      },
      { name: 'Operations', description: 'Health and this document.' },
    ],
  })
  return withTextPattern(document)
}
