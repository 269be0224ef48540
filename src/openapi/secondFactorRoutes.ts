import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { z } from 'zod'

import {
  confirmBodySchema,
  enrolBodySchema,
  enrolmentSchema,
  recoveryCodesSchema,
  renewBodySchema,
  resetBodySchema,
  resetSchema,
  secondFactorStatusSchema,
} from '../collections/Users/endpoints/secondFactor'
import { documentIdParam, errorResponses, noStore, STAFF } from './components'

const answer = (schema: z.ZodType, description: string) => ({
  description,
  headers: noStore,
  content: { 'application/json': { schema } },
})
const body = (schema: z.ZodType) => ({
  body: { content: { 'application/json': { schema } } },
})

/** The caller's own second factor (TOTP, RFC 6238) and an admin's reset of another account's. */
export const registerSecondFactorRoutes = (registry: OpenAPIRegistry): void => {
  const tags = ['Two-factor authentication']
  registry.registerPath({
    method: 'get',
    path: '/api/users/second-factor',
    operationId: 'getSecondFactor',
    tags,
    summary: 'Whether the caller has two-factor authentication, and must',
    security: STAFF,
    responses: {
      200: answer(secondFactorStatusSchema, 'The state.'),
      ...errorResponses(401, 403),
    },
  })
  registry.registerPath({
    method: 'post',
    path: '/api/users/second-factor/enrol',
    operationId: 'startSecondFactorEnrolment',
    tags,
    summary: 'A new authenticator key (needs the password); on once confirmed with a code',
    security: STAFF,
    request: body(enrolBodySchema),
    responses: {
      200: answer(enrolmentSchema, 'The key, as text, URI and QR code.'),
      ...errorResponses(400, 401, 403, 409),
    },
  })
  registry.registerPath({
    method: 'post',
    path: '/api/users/second-factor/confirm',
    operationId: 'confirmSecondFactorEnrolment',
    tags,
    summary: 'Turns it on with the first code from the app; returns the recovery codes once',
    security: STAFF,
    request: body(confirmBodySchema),
    responses: {
      200: answer(recoveryCodesSchema, 'On; the recovery codes.'),
      ...errorResponses(400, 401, 403, 409),
    },
  })
  registry.registerPath({
    method: 'post',
    path: '/api/users/second-factor/recovery-codes',
    operationId: 'renewRecoveryCodes',
    tags,
    summary: 'New recovery codes in place of the old (password and a current code)',
    security: STAFF,
    request: body(renewBodySchema),
    responses: {
      200: answer(recoveryCodesSchema, 'The new recovery codes.'),
      ...errorResponses(400, 401, 403, 409),
    },
  })
  registry.registerPath({
    method: 'post',
    path: '/api/users/{id}/second-factor/reset',
    operationId: 'resetSecondFactor',
    tags,
    summary:
      'An admin turns off another account’s second factor (a lost device), confirming with their own password and code; its sessions end',
    security: STAFF,
    request: { params: documentIdParam, ...body(resetBodySchema) },
    responses: {
      200: answer(resetSchema, 'Reset.'),
      ...errorResponses(400, 401, 403, 404),
    },
  })
}
