import type { Payload, PayloadRequest } from 'payload'
import { readContext } from '../shared/requestContext'

export const AUDIT_ACTIONS = [
  'submit',
  'request-changes',
  'sign-off',
  'publish',
  'withdraw',
  'publish-refused',
  'reauthentication-failed',
  'sign-off-voided',
  'clinical-change',
  'account-changed',
  'password-changed',
  'password-reset',
  'disclaimer-changed',
  'discard-revision',
  'review-requested',
  'assign',
  'comment-resolved',
  'comment-reopened',
  'schedule',
  'schedule-withdraw',
  'schedule-cancelled',
  'schedule-failed',
  'release-published',
  'release-failed',
  'export',
  'second-factor-enrolled',
  'second-factor-reset',
  'second-factor-failed',
  'recovery-code-used',
  'risk-tier-changed',
  'drug-facts-changed',
  'audit-review-signed',
  'check-finding-accepted',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  collectionSlug: string
  documentId?: string
  versionId?: string
  contentHash?: string
  comment?: string
  details?: Record<string, unknown>
}

/** Appends an audit entry inside the request's transaction. */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  await req.payload.create({
    collection: 'audit-log',
    data: { ...entry, actor: req.user?.id, at: new Date().toISOString() },
    req,
  })
}

/**
 * For refusals: written outside the request's transaction, which the refusal rolls back, so the
 * entry survives.
 */
export const recordRefusal = async (
  payload: Payload,
  actorId: string | undefined,
  entry: AuditEntry,
): Promise<void> => {
  await payload.create({
    collection: 'audit-log',
    data: { ...entry, actor: actorId, at: new Date().toISOString() },
  })
}

/** A refusal written once the all-or-nothing transaction has ended (src/shared/requestContext.ts). */
export type DeferredRefusal = { actor: string | undefined; entry: AuditEntry }

/** A refusal during a request: written now, or after the transaction that holds the writer. */
export const recordRequestRefusal = async (
  req: PayloadRequest,
  entry: AuditEntry,
): Promise<void> => {
  const actor = req.user ? String(req.user.id) : undefined
  const deferred = readContext(req, 'refusalsAfterTransaction')
  if (deferred) deferred.push({ actor, entry })
  else await recordRefusal(req.payload, actor, entry)
}
