import type { PayloadRequest } from 'payload'

import type { Signature, User } from '../payload-types'
import type { ReviewableCollection } from '../workflow/states'

import { personName } from '../workflow/assignment'
import { pendingSchedules } from './scheduleRecord'

export type ScheduledChange = {
  kind: 'publish' | 'withdraw'
  at: string
  note: string | null
  reason: string | null
  /** The signature whose signed version a scheduled publication publishes. */
  signature: { printedName: string; signedAt: string } | null
  scheduledBy: string | null
}

const isPopulated = <T extends object>(value: unknown): value is T =>
  typeof value === 'object' && value !== null

/** The document's pending schedules as the workflow panel shows them. */
export const scheduledChanges = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<ScheduledChange[]> =>
  (await pendingSchedules(req, collection, id)).map((schedule) => ({
    kind: schedule.kind,
    at: schedule.at,
    note: schedule.note ?? null,
    reason: schedule.reason ?? null,
    signature: isPopulated<Signature>(schedule.signature)
      ? { printedName: schedule.signature.printedName, signedAt: schedule.signature.signedAt }
      : null,
    scheduledBy: isPopulated<User>(schedule.scheduledBy) ? personName(schedule.scheduledBy) : null,
  }))
