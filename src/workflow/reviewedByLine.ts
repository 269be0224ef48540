import type { Credit } from './signerCredit'

/** Who signed and when, as the byline names them (both pharmacists of high-risk content). */
export type BylineParts = Credit & { lastReviewedAt: string; firstSigner?: Credit }

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const named = ({ reviewerName, credentials }: Credit): string =>
  [reviewerName, credentials].filter(Boolean).join(', ')

/**
 * The byline downstream sites print, e.g. "Medically reviewed by Dr Ana Ruiz, PharmD on 3 March
 * 2026", or "… by Dr Ana Ruiz, PharmD and Sam Lee, PharmD, BCPPS on …" for two signatures.
 */
export const reviewedByLine = ({ firstSigner, lastReviewedAt, ...signer }: BylineParts): string =>
  `Medically reviewed by ${[firstSigner, signer]
    .filter((credit): credit is Credit => Boolean(credit))
    .map(named)
    .join(' and ')} on ${DATE_FORMAT.format(new Date(lastReviewedAt))}`
