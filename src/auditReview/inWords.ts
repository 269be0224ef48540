const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/*
 * One way to write dates in the audit-trail review, its refusals and its page, as the byline
 * writes them: periods are whole UTC days, so days and times are UTC and times say so.
 */

/** "1 November 2026", from an ISO moment or a YYYY-MM-DD day. */
export const dayInWords = (date: string): string => DAY.format(new Date(date))

/** "1 November 2026, 14:05 UTC". */
export const momentInWords = (iso: string): string =>
  `${dayInWords(iso)}, ${CLOCK.format(new Date(iso))} UTC`

/** "1 November 2026 to 30 November 2026" (both days included). */
export const periodInWords = ({ from, to }: { from: string; to: string }): string =>
  from === to ? dayInWords(from) : `${dayInWords(from)} to ${dayInWords(to)}`
