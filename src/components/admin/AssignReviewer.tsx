'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { ReviewerOptions } from './ReviewerOptions'

type Props = {
  reviewers: { id: string; name: string }[]
  current: string | null
  busy: boolean
  onAssign: (body: Record<string, string>) => void
}

/** Editors and admins (re)assign the review to a pharmacist who may sign it, by a date. */
export const AssignReviewer = ({ reviewers, current, busy, onAssign }: Props) => {
  const [assignee, setAssignee] = useState(current ?? '')
  const [dueDate, setDueDate] = useState('')
  if (!reviewers.length) return <p>No pharmacist may sign this: all of them wrote or edited it.</p>
  return (
    <div className="workflow-panel__assign">
      <label>
        Assign to
        <select
          aria-label="Assign to"
          disabled={busy}
          onChange={(event) => setAssignee(event.target.value)}
          value={assignee}
        >
          <option value="">Choose a pharmacist…</option>
          <ReviewerOptions reviewers={reviewers} />
        </select>
      </label>
      <label>
        Due by (optional)
        <input
          disabled={busy}
          onChange={(event) => setDueDate(event.target.value)}
          type="date"
          value={dueDate}
        />
      </label>
      <Button
        buttonStyle="secondary"
        disabled={busy || !assignee || assignee === current}
        onClick={() => onAssign({ assignee, ...(dueDate ? { dueAt: dueDate } : {}) })}
        size="small"
        type="button"
      >
        Assign
      </Button>
    </div>
  )
}
