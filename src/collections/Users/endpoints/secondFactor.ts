import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { z } from 'zod'

import {
  confirmEnrolment,
  renewRecoveryCodes,
  resetSecondFactor,
  resetTarget,
  secondFactorStatus,
  startEnrolment,
} from '../../../auth/secondFactor/enrolment'
import { parseInput } from '../../../validation/parseInput'

const password = z
  .string({ message: 'Enter your password' })
  .min(1, 'Enter your password')
  .max(1000)
const code = z
  .string({ message: 'Enter the code from your authenticator app' })
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')

export const enrolBodySchema = z.object({ password })
export const confirmBodySchema = z.object({ code })
/** The caller's password again and, once they have a second factor, its current code. */
export const renewBodySchema = z.object({ password, totp: z.string().trim().max(32).optional() })
export const resetBodySchema = renewBodySchema

const body = async (req: PayloadRequest): Promise<unknown> => {
  await addDataAndFileToRequest(req)
  return req.data
}

const noStore = (data: unknown, status = 200) =>
  Response.json(data, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The caller's own second factor (`/api/users/second-factor…`) and an admin's reset of someone
 * else's. Mounted before Payload's `/:id` routes.
 */
export const secondFactorEndpoints: Endpoint[] = [
  {
    path: '/second-factor',
    method: 'get',
    handler: async (req) => noStore(await secondFactorStatus(req)),
  },
  {
    path: '/second-factor/enrol',
    method: 'post',
    handler: async (req) =>
      noStore(await startEnrolment(req, parseInput(enrolBodySchema, await body(req)))),
  },
  {
    path: '/second-factor/confirm',
    method: 'post',
    handler: async (req) =>
      noStore(await confirmEnrolment(req, parseInput(confirmBodySchema, await body(req)))),
  },
  {
    path: '/second-factor/recovery-codes',
    method: 'post',
    handler: async (req) =>
      noStore(await renewRecoveryCodes(req, parseInput(renewBodySchema, await body(req)))),
  },
  {
    path: '/:id/second-factor/reset',
    method: 'post',
    handler: async (req) => {
      // Who may reset whom comes first: a writer's empty body is a 403, not a 400.
      const target = await resetTarget(req, String(req.routeParams?.id))
      const credentials = parseInput(resetBodySchema, await body(req))
      return noStore(await resetSecondFactor(req, target, credentials))
    },
  },
]

export const secondFactorStatusSchema = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  required: z
    .boolean()
    .meta({ description: 'Whether the role must have it to sign (MFA_REQUIRED_ROLES).' }),
  recoveryCodesLeft: z.number().int(),
})
export const enrolmentSchema = z.object({
  secret: z.string().meta({ description: 'The base32 key, for entering by hand.' }),
  uri: z.string().meta({ description: 'The otpauth:// URI the QR code holds.' }),
  qrCode: z.string().meta({ description: 'The QR code as a PNG data URL.' }),
})
export const recoveryCodesSchema = z.object({
  enrolled: z.literal(true).optional(),
  recoveryCodes: z.array(z.string()).meta({ description: 'Shown this once; each works once.' }),
})
export const resetSchema = z.object({ reset: z.literal(true) })
