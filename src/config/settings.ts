import type { Payload } from 'payload'

import type { Role } from '../access/roles'
import type { SeverityOverrides } from '../clinical/checks/severitySettings'
import type { CorsPolicy } from '../delivery/http/cors'
import type { AllowedHost } from '../webhooks/allowedHosts'
import type { AppEnv } from './env'

/** What the running CMS reads of its configuration, typed once from the validated environment. */
export type Settings = {
  /** Whether anonymous callers may read published content (PUBLIC_API). */
  publicApi: boolean
  /** Days from a sign-off to the next review due (REVIEW_INTERVAL_DAYS). */
  reviewIntervalDays: number
  /** Days past its review due date until a live page expires (REVIEW_GRACE_DAYS). */
  reviewGraceDays: number
  /** What happens to an expired page: a reader-facing banner, or its withdrawal (EXPIRY_POLICY). */
  expiryPolicy: 'banner' | 'withdraw'
  /** Days after a month ends until its unsigned audit-trail review shows as due (AUDIT_REVIEW_DAYS). */
  auditReviewDays: number
  /** `max-age` that delivery responses give browsers and CDNs (DELIVERY_HTTP_MAX_AGE_SECONDS). */
  deliveryHttpMaxAgeSeconds: number
  /** Other origins whose browser pages may call the delivery API (CORS_ORIGINS). */
  cors: CorsPolicy
  /** Roles whose keys a CDN may hold: their delivery answers are shared-cacheable (EDGE_CACHE_ROLES). */
  edgeCacheRoles: readonly Role[]
  /** Bytes of hot delivery pages kept in memory per process (DELIVERY_MEMORY_MB). */
  deliveryMemoryBytes: number
  /** Base URLs of the services the evidence watch asks (CROSSREF_URL, NCBI_EUTILS_URL, DAILYMED_URL). */
  evidenceServices: EvidenceServices
  /** Cron of the retraction and drug-label watch jobs (EVIDENCE_WATCH_CRON, default daily 04:00). */
  evidenceWatchCron: string
  /** A reading grade above this blocks publication; unset = shown only (READABILITY_MAX_GRADE). */
  readabilityMaxGrade: number | undefined
  /** The publisher's severity per pre-review check rule, over the rule's own (CHECK_SEVERITY). */
  checkSeverity: SeverityOverrides
  /** Internal hosts webhooks may be sent to all the same (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts: AllowedHost[]
  /** Staff roles that must enrol a second factor before they may sign (MFA_REQUIRED_ROLES). */
  mfaRequiredRoles: readonly string[]
  /** What delivered pages say about the site that shows them (SITE_URL, SITE_LANGUAGE, PUBLISHER_NAME). */
  site: SiteSettings
}

export type SiteSettings = {
  /** The public site, without a trailing slash: pages are `{url}/articles/{slug}`; unset = SERVER_URL. */
  url: string | undefined
  /** The pages' language tag (JSON-LD inLanguage), default en. */
  language: string
  /** The Organization that publishes the pages (JSON-LD publisher); unset = none is named. */
  publisherName: string | undefined
}

export type EvidenceServices = {
  crossrefUrl: string
  crossrefMailto: string | undefined
  eutilsUrl: string
  ncbiApiKey: string | undefined
  dailyMedUrl: string
}

export const settingsFromEnv = (env: AppEnv): Settings => ({
  publicApi: env.PUBLIC_API,
  reviewIntervalDays: env.REVIEW_INTERVAL_DAYS,
  reviewGraceDays: env.REVIEW_GRACE_DAYS,
  expiryPolicy: env.EXPIRY_POLICY,
  auditReviewDays: env.AUDIT_REVIEW_DAYS,
  deliveryHttpMaxAgeSeconds: env.DELIVERY_HTTP_MAX_AGE_SECONDS,
  cors: env.CORS_ORIGINS,
  edgeCacheRoles: env.EDGE_CACHE_ROLES,
  deliveryMemoryBytes: Math.round(env.DELIVERY_MEMORY_MB * 1024 * 1024),
  evidenceServices: {
    crossrefUrl: env.CROSSREF_URL,
    crossrefMailto: env.CROSSREF_MAILTO,
    eutilsUrl: env.NCBI_EUTILS_URL,
    ncbiApiKey: env.NCBI_API_KEY,
    dailyMedUrl: env.DAILYMED_URL,
  },
  evidenceWatchCron: env.EVIDENCE_WATCH_CRON,
  readabilityMaxGrade: env.READABILITY_MAX_GRADE,
  checkSeverity: env.CHECK_SEVERITY,
  webhookAllowedHosts: env.WEBHOOK_ALLOWED_HOSTS,
  mfaRequiredRoles: env.MFA_REQUIRED_ROLES,
  site: { url: env.SITE_URL, language: env.SITE_LANGUAGE, publisherName: env.PUBLISHER_NAME },
})

/** The settings payload.config was built with (see payload.config.ts: `custom.settings`). */
export const settingsOf = (payload: Payload): Settings => {
  const settings = (payload.config.custom as { settings?: Settings } | undefined)?.settings
  if (!settings)
    throw new Error('payload.config.ts must set custom.settings from settingsFromEnv(env)')
  return settings
}
