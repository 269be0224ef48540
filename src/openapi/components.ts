import type { ResponseConfig } from '@asteasolutions/zod-to-openapi'

import { z } from 'zod'

import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/** Payload's error answer, which every refusal of the project's endpoints uses too. */
export const errorResponseSchema = z
  .object({
    errors: z
      .array(
        z
          .object({
            message: z.string(),
            name: z.string().optional(),
            data: z
              .union([
                z
                  .object({
                    errors: z.array(z.object({ path: z.string(), message: z.string() })),
                  })
                  .meta({ description: '400: each failing field and why.' }),
                z
                  .object({ requirements: z.array(z.string()) })
                  .meta({ description: '409: every requirement the document does not meet.' }),
                z.record(z.string(), z.unknown()),
                z.null(),
              ])
              .optional(),
          })
          .meta({ id: 'ErrorItem' }),
      )
      .min(1),
  })
  .meta({ id: 'ErrorResponse' })

const ERROR_MEANINGS = {
  400: 'Invalid input: `errors[0].data.errors` lists each field path and message.',
  401: 'Not logged in.',
  403: 'The caller’s role does not allow this.',
  404: 'No such document.',
  406: 'Accept-Encoding allows none of br, gzip and identity.',
  409: 'The document does not meet what the action needs: `errors[0].data.requirements` lists every gap.',
  415: 'The body is not JSON (send Content-Type: application/json).',
  503: 'Not available now.',
} as const

export type ErrorStatus = keyof typeof ERROR_MEANINGS

export const errorResponses = (...statuses: ErrorStatus[]): Record<string, ResponseConfig> =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_MEANINGS[status],
        content: { 'application/json': { schema: errorResponseSchema } },
      },
    ]),
  )

/**
 * A JSON request body, marked required when the endpoint refuses an empty one (the schema does
 * not accept `{}`, which is what a missing body parses as).
 */
export const jsonBody = (schema: z.ZodType) => ({
  required: !schema.safeParse({}).success,
  content: { 'application/json': { schema } },
})

export const reviewableDocumentParams = z.object({
  collection: z.enum(REVIEWABLE_COLLECTIONS).meta({ description: 'The reviewable collection' }),
  id: z.string().meta({ description: 'The document id' }),
})

export const documentIdParam = z.object({ id: z.string().meta({ description: 'The document id' }) })

export const noStore = z.object({ 'Cache-Control': z.string().meta({ example: 'no-store' }) })

/** Staff sign in (POST /api/users/login) and send the token; consumers send an API key. */
export const SECURITY_SCHEMES = {
  staffJwt: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'A CMS user’s token from POST /api/users/login, sent as `Authorization: JWT <token>` (or the `payload-token` cookie).',
  },
  consumerApiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'A consumer account’s API key, sent as `Authorization: users API-Key <key>`. Needed for delivery when the CMS runs with PUBLIC_API=false.',
  },
} as const

type SecurityRequirement = Record<string, string[]>

export const STAFF: SecurityRequirement[] = [{ staffJwt: [] }]
/** Anonymous while PUBLIC_API is on (the default); a consumer key or staff token otherwise. */
export const PUBLIC_OR_CONSUMER: SecurityRequirement[] = [
  {},
  { consumerApiKey: [] },
  { staffJwt: [] },
]
