import type { AuditReviewAnswer } from '../../../auditReview/schemas'

import { dayInWords } from '../../../auditReview/inWords'

type Props = {
  review: Pick<AuditReviewAnswer, 'period' | 'signed'>
  /** Whether the reader is QA, who alone signs. */
  signer: boolean
  now: Date
}

/** Whether the period is signed, and if not, why the reader cannot sign it (yet) or where to. */
export const SignatureStatus = ({ review: { period, signed }, signer, now }: Props) => {
  if (signed)
    return (
      <p className="audit-review__status" data-testid="audit-review-signed">
        Signed by {signed.printedName} on {dayInWords(signed.signedAt)} ({signed.meaning}).{' '}
        {signed.unchanged
          ? 'Nothing in the period changed since.'
          : 'The entries of the period changed after it was signed: look into it.'}
      </p>
    )
  const reason =
    Date.parse(period.end) > now.getTime()
      ? `This period has not ended yet: it can be signed from ${dayInWords(period.end)}.`
      : signer
        ? 'Read every change below, then sign at the end of the page.'
        : 'Only QA accounts sign the audit-trail review.'
  return (
    <p className="audit-review__status" data-testid="audit-review-unsigned">
      Not signed yet. {reason}
    </p>
  )
}
