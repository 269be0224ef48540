import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { AuditReviews } from './auditReview/collection'
import { auditReviewMutations } from './auditReview/graphql'
import { CitedWorkChecks } from './collections/CitedWorkChecks'
import { PreReviewChecks } from './clinical/collection'
import { ComparisonRows } from './collections/ComparisonRows'
import { DeliveredPages } from './collections/DeliveredPages'
import { Disclaimers } from './collections/Disclaimers'
import { Drugs } from './collections/Drugs'
import { EvidenceAlerts } from './collections/EvidenceAlerts'
import { FAQs } from './collections/FAQs'
import { mediaCollection } from './collections/Media'
import { ReviewComments } from './collections/ReviewComments'
import { Releases } from './collections/Releases'
import { ReviewRequests } from './collections/ReviewRequests'
import { References } from './collections/References'
import { Schedules } from './collections/Schedules'
import { Notifications } from './collections/Notifications'
import { Signatures } from './collections/Signatures'
import { isAdminUser } from './access/roles'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { Webhooks } from './collections/Webhooks'
import { readEnv } from './config/env'
import { LOGGING_LEVELS } from './config/loggingLevels'
import { requireKnownSeverityRules } from './clinical/checks/knownSeverityRules'
import { settingsFromEnv } from './config/settings'
import { databaseAdapter } from './database/adapter'
import { deliveryArticleListEndpoint } from './endpoints/delivery'
import { documentRecordEndpoint } from './endpoints/documentRecord'
import { signedCopyEndpoint } from './endpoints/signedCopy'
import { healthEndpoint } from './endpoints/health'
import { openApiEndpoint } from './endpoints/openapi'
import { builtInMutationFixes, builtInQueryFixes } from './graphql/builtInFixes'
import { depthLimit } from './graphql/depthLimit'
import { listCostLimit } from './graphql/listCost'
import { reviewQueueEndpoint } from './endpoints/reviewQueue'
import { articlePreviewEndpoint } from './preview/previewEndpoint'
import { registerWorkflowFeatures, withFeatureRoutes } from './features'
import { withInputGuard } from './hooks/refuseMalformedInput'
import { onInit } from './lifecycle/onInit'
import { emailAdapter } from './notifications/emailAdapter'
import { reviewDigestTask } from './notifications/digestTask'
import { expireOverduePagesTask } from './expiry/expireOverduePagesTask'
import { NOTIFICATION_QUEUE, sendEmailTask } from './notifications/sendEmailTask'
import { seoPlugins } from './plugins/seo'
import { runDueSchedulesTask, SCHEDULE_QUEUE } from './scheduling/runDueSchedulesTask'
import { contentEditor } from './richText/editor'
import {
  EVIDENCE_QUEUE,
  watchDrugLabelsTask,
  watchRetractionsTask,
} from './evidence/evidenceWatchTasks'
import { deliverWebhookTask } from './webhooks/deliverWebhookTask'
import { WEBHOOK_QUEUE } from './webhooks/events'
import { workflowMutations } from './workflow/graphqlMutations'

const GRAPHQL_MAX_DEPTH = 10
const GRAPHQL_MAX_COMPLEXITY = 500
const GRAPHQL_MAX_LIST_COST = 20_000

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

// The features join the workflow core here, once (src/features.ts).
registerWorkflowFeatures()
requireKnownSeverityRules(env.CHECK_SEVERITY)

export default buildConfig({
  admin: {
    user: Users.slug,
    // No Gravatar: the admin makes no requests to third parties.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/admin/inbox/InboxSummary#InboxSummary',
        '/components/admin/ReviewQueueDashboard#ReviewQueueDashboard',
        '/components/admin/auditReview/AuditReviewDueCard#AuditReviewDueCard',
      ],
      actions: ['/components/admin/inbox/InboxLinks#InboxHeaderLink'],
      beforeNavLinks: ['/components/admin/inbox/InboxLinks#InboxNavLink'],
      views: {
        // Email and password, then the authenticator code (src/auth/secondFactor/).
        login: {
          Component: '/components/admin/login/SecondFactorLoginView#SecondFactorLoginView',
        },
        inbox: {
          Component: '/components/admin/inbox/InboxView#InboxView',
          path: '/inbox',
          meta: { title: 'Inbox' },
        },
        auditReview: {
          Component: '/components/admin/auditReview/AuditReviewView#AuditReviewView',
          path: '/audit-review',
          meta: { title: 'Audit-trail review' },
        },
      },
    },
    importMap: { baseDir: dirname },
    // The page as readers will see it, beside the form: the CMS's own staff-only preview.
    livePreview: {
      collections: ['articles'],
      url: ({ data, req }) =>
        data?.id
          ? `${req.payload.config.routes.api}/preview/articles/${encodeURIComponent(String(data.id))}?format=html`
          : null,
    },
    meta: { titleSuffix: ' · MedReview CMS' },
  },
  collections: [
    Articles,
    FAQs,
    ComparisonRows,
    References,
    Disclaimers,
    Drugs,
    mediaCollection(env.MEDIA_DIR),
    ReviewRequests,
    ReviewComments,
    Schedules,
    Releases,
    CitedWorkChecks,
    EvidenceAlerts,
    DeliveredPages,
    Signatures,
    PreReviewChecks,
    AuditLog,
    AuditReviews,
    Webhooks,
    WebhookDeliveries,
    Notifications,
    Users,
  ]
    .map(withFeatureRoutes)
    .map(withInputGuard),
  custom: { settings: settingsFromEnv(env) },
  plugins: seoPlugins(),
  db: databaseAdapter(env),
  editor: contentEditor,
  email: emailAdapter(env.SMTP_URL, env.EMAIL_FROM),
  endpoints: [
    healthEndpoint,
    openApiEndpoint,
    reviewQueueEndpoint,
    deliveryArticleListEndpoint,
    documentRecordEndpoint,
    signedCopyEndpoint,
    articlePreviewEndpoint,
  ],
  graphQL: {
    // One request must not be able to exhaust the server: cap nesting and estimated cost.
    maxComplexity: GRAPHQL_MAX_COMPLEXITY,
    mutations: (graphQL, info) => ({
      ...builtInMutationFixes(graphQL, info),
      ...workflowMutations(graphQL, info),
      ...auditReviewMutations(graphQL, info),
    }),
    // Payload's built-in queries that answered bad or anonymous input with a 500 (see the file).
    queries: builtInQueryFixes,
    // `npm run generate:kit` writes it for downstream developers; CI checks it is current.
    schemaOutputFile: path.resolve(dirname, '../downstream/schema.graphql'),
    validationRules: (args) => [
      depthLimit(GRAPHQL_MAX_DEPTH),
      listCostLimit(GRAPHQL_MAX_LIST_COST, args as Parameters<typeof listCostLimit>[1]),
    ],
  },
  jobs: {
    access: { run: ({ req }) => isAdminUser(req.user) },
    autoRun: [
      // Scheduled publications, withdrawals and releases (runDueSchedules, every minute), and
      // the hourly page expiry (expireOverduePages).
      { cron: '* * * * *', queue: SCHEDULE_QUEUE, limit: 5 },
      { cron: '* * * * *', queue: WEBHOOK_QUEUE, limit: 50 },
      // Emails, and the daily review digest (scheduled on this queue).
      { cron: '* * * * *', queue: NOTIFICATION_QUEUE, limit: 50 },
      // Retraction and drug-label watch (scheduled on this queue by EVIDENCE_WATCH_CRON).
      { cron: '* * * * *', queue: EVIDENCE_QUEUE, limit: 2 },
    ],
    shouldAutoRun: () => env.NODE_ENV !== 'test' && env.JOBS_AUTORUN,
    tasks: [
      runDueSchedulesTask,
      expireOverduePagesTask,
      deliverWebhookTask,
      sendEmailTask,
      reviewDigestTask,
      watchRetractionsTask(env.EVIDENCE_WATCH_CRON),
      watchDrugLabelsTask(env.EVIDENCE_WATCH_CRON),
    ],
  },
  loggingLevels: LOGGING_LEVELS,
  onInit: onInit(env),
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  telemetry: false,
  typescript: {
    autoGenerate: env.NODE_ENV === 'development',
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
