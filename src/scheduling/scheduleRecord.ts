import type { PayloadRequest, Where } from 'payload'

import type { Schedule } from '../payload-types'
import type { ReviewableCollection } from '../workflow/states'

export const SCHEDULE_KINDS = ['publish', 'withdraw'] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]
export const SCHEDULE_STATUSES = ['scheduled', 'done', 'failed', 'cancelled'] as const

const pendingOf = (collection: ReviewableCollection, documentId: string): Where[] => [
  { collectionSlug: { equals: collection } },
  { documentId: { equals: documentId } },
  { status: { equals: 'scheduled' } },
]

/** The document's pending schedule of a kind, if any. */
export const pendingSchedule = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
  kind: ScheduleKind,
): Promise<Schedule | undefined> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'schedules',
    where: { and: [...pendingOf(collection, documentId), { kind: { equals: kind } }] },
    // The earliest: of two written at once, the first one stands.
    sort: ['createdAt', 'id'],
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
}

/** Every pending schedule of the document, soonest first. */
export const pendingSchedules = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<Schedule[]> => {
  const { docs } = await req.payload.find({
    collection: 'schedules',
    where: { and: pendingOf(collection, documentId) },
    sort: 'at',
    depth: 1,
    pagination: false,
    req,
  })
  return docs
}
