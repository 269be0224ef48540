import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

import { requireEnrolmentToSign } from '../auth/secondFactor/enrolmentRequired'
import { ConflictError } from '../errors'
import { onDay } from '../workflow/publication/checklistWords'
import { recordAudit } from '../workflow/audit'
import { reauthenticate } from '../workflow/actions/reauthenticate'
import { AUDIT_REVIEWS } from './collection'
import { documentCount } from './groupEntries'
import { signatureOf, signedReviewOf } from './loadReview'
import { periodOf } from './period'
import { entriesHash, periodEntries } from './periodEntries'
import { DEFAULT_REVIEW_MEANING, parseSignBody } from './signInput'

const printedName = (signer: User): string =>
  [signer.fullName ?? signer.email, signer.credentials].filter(Boolean).join(', ')

/**
 * QA's electronic signature on the audit trail of a period that has ended: the password again
 * through Payload's login (a wrong one is audited and counts toward the lockout, as at sign-off),
 * then one stored review with the hash of the period's entries, and an audit entry.
 */
export const signAuditReview = async (req: PayloadRequest, body: unknown) => {
  const input = parseSignBody(body, new Date())
  const period = periodOf(input.from, input.to)
  const already = await signedReviewOf(req, period)
  // Before the password: a refusal that cannot be helped should not count toward a lockout.
  if (already)
    throw new ConflictError(
      `The audit trail of ${period.from} to ${period.to} was already signed by ${already.printedName} on ${onDay(already.signedAt)}.`,
      { review: String(already.id) },
    )
  const signer = await req.payload.findByID({
    collection: 'users',
    id: req.user!.id,
    depth: 0,
    req,
  })
  // The same rules as a pharmacist's sign-off: a second factor where the role needs one.
  await requireEnrolmentToSign(req.payload, signer)
  await reauthenticate(
    req,
    signer,
    { password: input.password, totp: input.totp },
    { collection: AUDIT_REVIEWS, id: period.key },
  )

  const entries = await periodEntries(req, period)
  const hash = entriesHash(entries)
  const meaning = input.meaning ?? DEFAULT_REVIEW_MEANING
  const review = await req.payload.create({
    collection: AUDIT_REVIEWS,
    data: {
      period: period.key,
      from: period.from,
      to: period.to,
      periodStart: period.start,
      periodEnd: period.end,
      signer: signer.id,
      printedName: printedName(signer),
      meaning,
      signedAt: new Date().toISOString(),
      entriesHash: hash,
      entryCount: entries.length,
      documentCount: documentCount(entries),
    },
    req,
  })
  await recordAudit(req, {
    action: 'audit-review-signed',
    collectionSlug: AUDIT_REVIEWS,
    documentId: String(review.id),
    contentHash: hash,
    comment: meaning,
    details: { from: period.from, to: period.to, entryCount: entries.length },
  })
  return {
    message: `Signed the audit-trail review of ${period.from} to ${period.to}.`,
    review: signatureOf(review),
  }
}
