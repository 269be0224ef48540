import { APIError } from 'payload'

import { type ChecklistItem } from '../checklistItem'

/** One unmet requirement: its code (safe to send to webhooks) and what to do, in words. */
export type Unmet = { requirement: string; message: string }

export const unmetOf = (checklist: ChecklistItem[]): Unmet[] =>
  checklist.flatMap((entry) =>
    entry.problems.map((message) => ({ requirement: entry.requirement, message })),
  )

/** A refusal raised while publishing (the gate hook caught a change since the check). */
export const unmetFromError = (error: unknown): Unmet[] => {
  const data = error instanceof APIError ? (error.data as { requirements?: unknown }) : undefined
  if (Array.isArray(data?.requirements)) {
    return data.requirements.map((message) => ({ requirement: 'gate', message: String(message) }))
  }
  const message = error instanceof Error ? error.message : String(error)
  return [{ requirement: 'error', message }]
}
