import type { BaseFacts, PendingLink } from './facts'

/*
 * The checklist's labels, for the people who read the panel (writers, pharmacists, editors):
 * where the item stands and who acts next. The problems (what the API refuses with) stay in
 * judge.ts; the item keys never change with the words.
 */

/** "2 Dec 2026": how the checklist dates a signature for the people who read it. */
export const onDay = (date: string | Date): string =>
  new Date(date).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** Where the review stands, in the words of whoever acts next. */
export const REVIEW_STAGE: Record<BaseFacts['state'], string> = {
  draft: 'Not submitted yet: the writer submits it for review',
  in_review: "In review: waiting for the pharmacist's decision",
  changes_requested: 'Changes requested: the writer revises it and submits it again',
  approved: 'Approved in review',
  published: 'Published: editorial changes rest on its sign-off',
  withdrawn: 'Withdrawn: it needs a new review before it can go live again',
}

/** The review stage of high-risk content in review with the first of its two signatures. */
export const AWAITING_SECOND_SIGNATURE = "In review: waiting for the second pharmacist's signature"

export const signedOffLabel = ({ signature, contentHash }: BaseFacts): string => {
  if (!signature) return "Waiting for a pharmacist's sign-off"
  const day = onDay(signature.signedAt)
  return signature.contentHash === contentHash
    ? `Signed off by ${signature.printedName} on ${day}; nothing changed since`
    : `Changed since ${signature.printedName} signed it off on ${day}: it needs a new sign-off`
}

export const disclaimerLabel = (disclaimer: NonNullable<BaseFacts['disclaimer']>): string => {
  if (!disclaimer.attached) return 'No medical disclaimer attached'
  if (!disclaimer.found) return 'The attached disclaimer was deleted'
  return disclaimer.published
    ? `Disclaimer "${disclaimer.title}" attached and published`
    : `Disclaimer "${disclaimer.title}" attached, but not published yet`
}

export const fourEyesLabel = (facts: BaseFacts, problem: string | undefined): string => {
  if (!facts.signature) return 'The pharmacist who signs must not have written or edited it'
  return problem
    ? 'The signer wrote or edited it: another pharmacist must sign'
    : 'Signed by a pharmacist who did not write or edit it'
}

export const linkedLabel = (pending: PendingLink[]): string =>
  pending.length
    ? `${pending.length} linked FAQ(s), comparison row(s) or reference(s) not live yet: publish them first`
    : 'Linked FAQs, comparison rows and references are live'
