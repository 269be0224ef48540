import type { ReviewBlock } from '../delivery/types'

import { DUE_FOR_REVIEW_LINE, expiresAtOf, hasExpired } from './expiry'

/** What the review block says of the page's expiry, rendered at `now`. */
export const expiryOf = (
  nextReviewDue: string | null | undefined,
  graceDays: number,
  now: Date,
): Pick<ReviewBlock, 'expiresAt' | 'overdue' | 'overdueLine'> => {
  const expiresAt = expiresAtOf(nextReviewDue, graceDays)
  const overdue = hasExpired(expiresAt, now)
  return { expiresAt, overdue, overdueLine: overdue ? DUE_FOR_REVIEW_LINE : null }
}
