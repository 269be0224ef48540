import type { AuditPeriod } from '../../../auditReview/period'

import { monthLabel } from '../../../auditReview/duePeriods'

type Props = {
  /** The months to choose from, newest first. */
  months: AuditPeriod[]
  /** The period shown, when it is a valid one. */
  period?: { from: string; to: string }
  /** What was asked for, to keep a refused period in the fields. */
  asked: { from?: string; to?: string }
}

/** Choose a calendar month, or any days (weekly reviews); both reload the page with the period. */
export const PeriodPicker = ({ months, period, asked }: Props) => {
  const shownMonth = months.find((month) => month.from === period?.from && month.to === period?.to)
  return (
    <div className="audit-review__pickers">
      <form aria-label="Choose a month" className="audit-review__picker" method="get">
        <div className="audit-review__field">
          <label htmlFor="audit-review-month">Month</label>
          <select
            defaultValue={shownMonth?.from.slice(0, 7) ?? ''}
            id="audit-review-month"
            name="month"
          >
            {!shownMonth && (
              <option disabled value="">
                Choose a month
              </option>
            )}
            {months.map((month) => (
              <option key={month.from} value={month.from.slice(0, 7)}>
                {monthLabel(month)}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          Show the month
        </button>
      </form>
      <form aria-label="Choose any days" className="audit-review__picker" method="get">
        <div className="audit-review__field">
          <label htmlFor="audit-review-from">From</label>
          <input
            defaultValue={period?.from ?? asked.from}
            id="audit-review-from"
            name="from"
            required
            type="date"
          />
        </div>
        <div className="audit-review__field">
          <label htmlFor="audit-review-to">To (included)</label>
          <input
            defaultValue={period?.to ?? asked.to}
            id="audit-review-to"
            name="to"
            required
            type="date"
          />
        </div>
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          Show these days
        </button>
      </form>
    </div>
  )
}
