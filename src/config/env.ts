import { z } from 'zod'

import { ROLES, type Role, STAFF_ROLES, type StaffRole } from '../access/roles'
import { checkSeveritySchema } from '../clinical/checks/severitySettings'
import { corsOriginsSchema } from '../delivery/http/cors'
import { allowedHostsSchema } from '../webhooks/allowedHosts'

const MIN_SECRET_LENGTH = 32
// Never used by a production server: only in development, tests and `next build`, which signs nothing.
const DEVELOPMENT_SECRET = 'medreview-development-secret-not-for-production-use'

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))

/** Base URL of an outside service, without a trailing slash (tests point it at a local fixture). */
const serviceUrl = (defaultUrl: string) =>
  optionalText
    .refine((url) => !url || /^https?:\/\/[^/]+/.test(url), { message: 'must be an http(s) URL' })
    .transform((url) => (url ?? defaultUrl).replace(/\/+$/, ''))

/** A comma-separated list of roles out of `known` (empty: none), `fallback` when unset. */
const roleList = <T extends string>(known: readonly T[], fallback: string) =>
  z
    .string()
    .optional()
    .transform((list) => (list ?? fallback).split(',').map((role) => role.trim()))
    .transform((roles) => roles.filter(Boolean))
    .refine((roles) => roles.every((role) => (known as readonly string[]).includes(role)), {
      message: `must be a comma-separated list of ${known.join(', ')} (or empty)`,
    })
    .transform((roles) => roles as T[])

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    NEXT_PHASE: z.string().optional(),
    PAYLOAD_SECRET: optionalText,
    DATABASE_URI: optionalText.refine(
      (uri) => !uri || /^(mongodb(\+srv)?:\/\/|file:)/.test(uri),
      'must start with mongodb://, mongodb+srv:// or file:',
    ),
    MONGODB_COMPAT: z
      .enum(['ferretdb'])
      .optional()
      .or(z.literal('').transform(() => undefined)),
    SERVER_URL: optionalText.refine((url) => !url || /^https?:\/\//.test(url), {
      message: 'must be an http(s) URL',
    }),
    // What delivered pages say about the site that shows them (canonical URL, language, publisher).
    SITE_URL: optionalText
      .refine((url) => !url || /^https?:\/\/[^/]+/.test(url), {
        message: 'must be an http(s) URL, e.g. https://www.example.com',
      })
      .transform((url) => url?.replace(/\/+$/, '')),
    SITE_LANGUAGE: optionalText
      .refine((tag) => !tag || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag), {
        message: 'must be a language tag, e.g. en or en-GB',
      })
      .transform((tag) => tag ?? 'en'),
    PUBLISHER_NAME: optionalText,
    ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalText,
    MEDIA_DIR: optionalText,
    SMTP_URL: optionalText.refine((url) => !url || /^smtps?:\/\/[^/]+/.test(url), {
      message: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587',
    }),
    EMAIL_FROM: optionalText
      .refine((from) => !from || /^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(from), {
        message: 'must be an address, or a name and an address: MedReview <cms@example.org>',
      })
      .transform((from) => from ?? 'MedReview CMS <no-reply@localhost>'),
    REVIEW_INTERVAL_DAYS: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number()
        .int('must be a whole number of days')
        .min(1, 'must be at least 1 day')
        .max(3650, 'must be at most 3650 days')
        .default(365),
    ),
    // Days a live page may stay past its review due date before it expires (EXPIRY_POLICY applies).
    REVIEW_GRACE_DAYS: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number()
        .int('must be a whole number of days')
        .min(0, 'must be 0 (expire on the due date) or more')
        .max(3650, 'must be at most 3650 days')
        .default(30),
    ),
    EXPIRY_POLICY: z
      .enum(['banner', 'withdraw', ''], { message: 'must be banner or withdraw' })
      .optional()
      .transform((value) => (value === 'withdraw' ? 'withdraw' : 'banner')),
    // Days after a period ends until its audit-trail review is overdue on the dashboard.
    AUDIT_REVIEW_DAYS: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number()
        .int('must be a whole number of days')
        .min(1, 'must be at least 1 day')
        .max(3650, 'must be at most 3650 days')
        .default(30),
    ),
    DELIVERY_HTTP_MAX_AGE_SECONDS: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number()
        .int('must be a whole number of seconds')
        .min(0, 'must be 0 (no caching) or more')
        .max(86400, 'must be at most 86400 seconds')
        .default(60),
    ),
    CROSSREF_URL: serviceUrl('https://api.crossref.org'),
    NCBI_EUTILS_URL: serviceUrl('https://eutils.ncbi.nlm.nih.gov/entrez/eutils'),
    DAILYMED_URL: serviceUrl('https://dailymed.nlm.nih.gov/dailymed'),
    CROSSREF_MAILTO: optionalText.pipe(z.email().optional()),
    NCBI_API_KEY: optionalText,
    EVIDENCE_WATCH_CRON: optionalText
      .refine((cron) => !cron || cron.split(/\s+/).length === 5, {
        message: 'must be a five-field cron expression, e.g. 0 4 * * *',
      })
      .transform((cron) => cron ?? '0 4 * * *'),
    READABILITY_MAX_GRADE: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number({ message: 'must be a number' })
        .min(1, 'must be at least 1')
        .max(20, 'must be at most 20')
        .optional(),
    ),
    PUBLIC_API: z
      .enum(['true', 'false', ''], { message: 'must be true or false' })
      .optional()
      .transform((value) => value !== 'false'),
    JOBS_AUTORUN: z
      .enum(['true', 'false', ''], { message: 'must be true or false' })
      .optional()
      .transform((value) => value !== 'false'),
    SEED_DEMO_CONTENT: z
      .enum(['true', 'false', ''], { message: 'must be true or false' })
      .optional()
      .transform((value) => (value ? value === 'true' : undefined)),
    // Staff roles that must sign in with a second factor (TOTP) and give a code at every sign-off.
    MFA_REQUIRED_ROLES: roleList<StaffRole>(STAFF_ROLES, 'reviewer,admin'),
    // The publisher's severity per pre-review check rule: notation.cc=block,a11y.link-text=off.
    CHECK_SEVERITY: checkSeveritySchema,
    // Internal addresses webhooks may still be sent to (see src/webhooks/webhookTarget.ts).
    WEBHOOK_ALLOWED_HOSTS: allowedHostsSchema,
    // Other sites' browser pages that may call the delivery API (src/delivery/http/cors.ts).
    CORS_ORIGINS: corsOriginsSchema,
    // Roles whose API keys a CDN may hold and cache answers for (s-maxage); none by default.
    EDGE_CACHE_ROLES: roleList<Role>(ROLES, ''),
    // Memory for hot delivery pages' bytes per server process, in MB (0: read every page's bytes).
    DELIVERY_MEMORY_MB: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce.number().min(0, 'must be 0 or more').max(16384, 'must be at most 16384').default(64),
    ),
  })
  .superRefine((env, ctx) => {
    const isProductionServer =
      env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
    if (isProductionServer) {
      if (!env.PAYLOAD_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['PAYLOAD_SECRET'],
          message: 'is required when NODE_ENV=production',
        })
      } else if (env.PAYLOAD_SECRET.length < MIN_SECRET_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          path: ['PAYLOAD_SECRET'],
          message: `must be at least ${MIN_SECRET_LENGTH} characters when NODE_ENV=production`,
        })
      }
    }
    if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'is required when ADMIN_EMAIL is set',
      })
    }
  })
  .transform((env) => ({
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEVELOPMENT_SECRET,
    // A fresh `npm run dev` shows the baclofen article; production and tests start empty.
    SEED_DEMO_CONTENT: env.SEED_DEMO_CONTENT ?? env.NODE_ENV === 'development',
  }))

export type AppEnv = z.infer<typeof envSchema>

export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    super(`Invalid environment configuration:\n${lines.join('\n')}`)
    this.name = 'InvalidEnvironmentError'
  }
}

export const readEnv = (source: NodeJS.ProcessEnv = process.env): AppEnv => {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) throw new InvalidEnvironmentError(parsed.error.issues)
  return parsed.data
}
