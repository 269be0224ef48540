'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { WorkflowStatus } from '../../workflow/status'

type Props = {
  schedules: WorkflowStatus['schedules']
  canSchedule: WorkflowStatus['canSchedule']
  busy: boolean
  onRun: (
    action: 'schedule' | 'schedule-withdraw',
    body: Record<string, string>,
    method: 'DELETE' | 'POST',
  ) => void
}

const when = (iso: string) => new Date(iso).toLocaleString()

/** The browser's local date-time input as an ISO time with its offset. */
const isoFromLocal = (local: string): string => new Date(local).toISOString()

/**
 * A scheduled publication (with the signature it publishes) or withdrawal, with Cancel for editors
 * and admins; and the forms to schedule one.
 */
export const SchedulePanel = ({ schedules, canSchedule, busy, onRun }: Props) => {
  const [publishAt, setPublishAt] = useState('')
  const [note, setNote] = useState('')
  const [withdrawAt, setWithdrawAt] = useState('')
  const [reason, setReason] = useState('')
  const mayCancel = canSchedule.publish || canSchedule.withdraw
  const hasPublication = schedules.some((schedule) => schedule.kind === 'publish')
  const hasWithdrawal = schedules.some((schedule) => schedule.kind === 'withdraw')
  if (!schedules.length && !canSchedule.publish && !canSchedule.withdraw) return null
  return (
    <div className="workflow-panel__schedule" data-testid="schedule-panel">
      <h4>Schedule</h4>
      {schedules.map((schedule) => (
        <div data-kind={schedule.kind} data-testid="scheduled-change" key={schedule.kind}>
          <p>
            {schedule.kind === 'publish' ? 'Publishes' : 'Withdrawn'} at{' '}
            <strong>{when(schedule.at)}</strong>
            {schedule.signature
              ? ` · the version ${schedule.signature.printedName} signed on ${when(schedule.signature.signedAt)}`
              : ''}
            {schedule.scheduledBy ? ` · scheduled by ${schedule.scheduledBy}` : ''}
          </p>
          {schedule.reason ? <p>Reason: {schedule.reason}</p> : null}
          {mayCancel ? (
            <Button
              buttonStyle="secondary"
              disabled={busy}
              onClick={() =>
                onRun(schedule.kind === 'publish' ? 'schedule' : 'schedule-withdraw', {}, 'DELETE')
              }
              size="small"
            >
              Cancel scheduled {schedule.kind === 'publish' ? 'publication' : 'withdrawal'}
            </Button>
          ) : null}
        </div>
      ))}
      {canSchedule.publish && !hasPublication ? (
        <div className="workflow-panel__schedule-form">
          <label>
            Publish the signed version at
            <input
              aria-label="Publish at"
              disabled={busy}
              onChange={(event) => setPublishAt(event.target.value)}
              type="datetime-local"
              value={publishAt}
            />
          </label>
          <label>
            Public note (optional)
            <input disabled={busy} onChange={(event) => setNote(event.target.value)} value={note} />
          </label>
          <Button
            disabled={busy || !publishAt}
            onClick={() =>
              onRun(
                'schedule',
                { publishAt: isoFromLocal(publishAt), ...(note ? { note } : {}) },
                'POST',
              )
            }
            size="small"
          >
            Schedule publication
          </Button>
        </div>
      ) : null}
      {canSchedule.withdraw && !hasWithdrawal ? (
        <div className="workflow-panel__schedule-form">
          <label>
            Withdraw the live version at
            <input
              aria-label="Withdraw at"
              disabled={busy}
              onChange={(event) => setWithdrawAt(event.target.value)}
              type="datetime-local"
              value={withdrawAt}
            />
          </label>
          <label>
            Reason
            <input
              aria-label="Withdrawal reason"
              disabled={busy}
              onChange={(event) => setReason(event.target.value)}
              value={reason}
            />
          </label>
          <Button
            buttonStyle="secondary"
            disabled={busy || !withdrawAt || !reason.trim()}
            onClick={() =>
              onRun('schedule-withdraw', { at: isoFromLocal(withdrawAt), reason }, 'POST')
            }
            size="small"
          >
            Schedule withdrawal
          </Button>
        </div>
      ) : null}
    </div>
  )
}
