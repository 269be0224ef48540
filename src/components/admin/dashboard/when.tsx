import { whenInWords } from '../../../shared/whenInWords'
import { onDay } from '../../../workflow/publication/checklistWords'

/*
 * The dashboard is rendered on the server, whose time zone need not be the reader's: times are
 * given in UTC and say so, dates are UTC days as the publish checklist dates them.
 */

/** "3 Dec 2026". */
export const Day = ({ iso }: { iso: string }) => <time dateTime={iso}>{onDay(iso)}</time>

/** "3 Dec 2026, 09:00 UTC". */
export const Time = ({ iso }: { iso: string }) => <time dateTime={iso}>{whenInWords(iso)}</time>
