import { onDay } from '../../../workflow/publication/checklistWords'

/**
 * The dashboard is rendered on the server, whose time zone need not be the reader's: times are
 * given in UTC and say so, dates are UTC days as the publish checklist dates them.
 */
const atTime = (iso: string): string =>
  `${new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })} UTC`

/** "3 Dec 2026". */
export const Day = ({ iso }: { iso: string }) => <time dateTime={iso}>{onDay(iso)}</time>

/** "3 Dec 2026, 09:00 UTC". */
export const Time = ({ iso }: { iso: string }) => <time dateTime={iso}>{atTime(iso)}</time>
