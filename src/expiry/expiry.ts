export const DAY_MS = 24 * 3600 * 1000

/** When a live page expires: its review due date plus the grace days (REVIEW_GRACE_DAYS). */
export const expiresAtOf = (
  nextReviewDue: string | null | undefined,
  graceDays: number,
): string | null =>
  nextReviewDue
    ? new Date(new Date(nextReviewDue).getTime() + graceDays * DAY_MS).toISOString()
    : null

export const hasExpired = (expiresAt: string | null, now: Date): boolean =>
  expiresAt !== null && new Date(expiresAt).getTime() <= now.getTime()

/** The latest review due date a live page may have and still not have expired at `now`. */
export const expiredIfDueBefore = (now: Date, graceDays: number): string =>
  new Date(now.getTime() - graceDays * DAY_MS).toISOString()

/** The line readers see on an expired page under the banner policy. */
export const DUE_FOR_REVIEW_LINE = 'This page is due for review.'
