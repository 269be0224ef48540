import type { PayloadRequest } from 'payload'

import type { Schedule } from '../../../payload-types'
import type { ScheduleQueue } from '../../../workflow/queues'

import { failureInWords } from '../../../scheduling/failureInWords'
import { describeIn } from '../../../shared/describe'
import { type ReviewableCollection } from '../../../workflow/states'
import { editUrl, listUrl } from '../queueLinks'
import {
  combineParts,
  latestFirst,
  PREVIEW_SIZE,
  type QueueContents,
  type ScheduleEntry,
  type SourcePart,
} from './queueContents'

const soonestFirst = (a: ScheduleEntry, b: ScheduleEntry): number =>
  (a.at ?? '').localeCompare(b.at ?? '')

const singularOf = (req: PayloadRequest, collection: ReviewableCollection): string => {
  const { singular } = req.payload.collections[collection].config.labels
  return typeof singular === 'string' ? singular : collection
}

/** The scheduled documents' titles (`collection/id` → title), as the user may read them. */
const titlesOf = async (req: PayloadRequest, schedules: Schedule[]) => {
  const titles = new Map<string, string>()
  const collections = [...new Set(schedules.map((schedule) => schedule.collectionSlug))]
  for (const collection of collections) {
    const ids = schedules.filter((s) => s.collectionSlug === collection).map((s) => s.documentId)
    const { useAsTitle } = req.payload.collections[collection].config.admin
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      select: { [useAsTitle ?? 'id']: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs) titles.set(`${collection}/${doc.id}`, describeIn(req, collection, doc))
  }
  return titles
}

const scheduleEntries = async (
  req: PayloadRequest,
  queue: ScheduleQueue,
  now: Date,
): Promise<SourcePart<ScheduleEntry>> => {
  const adminRoute = req.payload.config.routes.admin
  const where = queue.schedules(now)
  const { docs, totalDocs } = await req.payload.find({
    collection: 'schedules',
    where,
    sort: queue.order === 'soonest' ? 'at' : '-updatedAt',
    limit: PREVIEW_SIZE,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const titles = await titlesOf(req, docs)
  return {
    total: totalDocs,
    label: totalDocs === 1 ? 'schedule' : 'schedules',
    href: listUrl(adminRoute, 'schedules', where),
    entries: docs.map((schedule) => {
      const collection = schedule.collectionSlug
      const title = titles.get(`${collection}/${schedule.documentId}`)
      return {
        change: schedule.kind,
        id: String(schedule.id),
        // The document may have been deleted since it was scheduled.
        title: title ?? `${singularOf(req, collection)} ${schedule.documentId} (deleted)`,
        href: title ? editUrl(adminRoute, collection, schedule.documentId) : null,
        what: singularOf(req, collection),
        at: schedule.at,
        updatedAt: schedule.updatedAt,
        failure:
          schedule.status === 'failed' ? failureInWords(schedule.kind, schedule.problems) : null,
      }
    }),
  }
}

const releaseEntries = async (
  req: PayloadRequest,
  queue: ScheduleQueue,
): Promise<SourcePart<ScheduleEntry>> => {
  const adminRoute = req.payload.config.routes.admin
  const { docs, totalDocs } = await req.payload.find({
    collection: 'releases',
    where: queue.releases,
    sort: queue.order === 'soonest' ? 'publishAt' : '-updatedAt',
    limit: PREVIEW_SIZE,
    depth: 0,
    select: {
      title: true,
      publishAt: true,
      state: true,
      problems: true,
      items: true,
      updatedAt: true,
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    total: totalDocs,
    label: totalDocs === 1 ? 'release' : 'releases',
    href: listUrl(adminRoute, 'releases', queue.releases),
    entries: docs.map((release) => {
      const count = release.items?.length ?? 0
      return {
        change: 'release',
        id: String(release.id),
        title: release.title,
        href: editUrl(adminRoute, 'releases', String(release.id)),
        what: `Release of ${count} ${count === 1 ? 'document' : 'documents'}`,
        at: release.publishAt ?? null,
        updatedAt: release.updatedAt,
        failure: release.state === 'failed' ? failureInWords('release', release.problems) : null,
      }
    }),
  }
}

/** A schedule queue's total, its first schedules and releases in the queue's order, and links. */
export const loadScheduleQueue = async (
  req: PayloadRequest,
  queue: ScheduleQueue,
  now: Date,
): Promise<QueueContents<ScheduleEntry>> => {
  const parts = await Promise.all([scheduleEntries(req, queue, now), releaseEntries(req, queue)])
  return combineParts(parts, queue.order === 'soonest' ? soonestFirst : latestFirst)
}
