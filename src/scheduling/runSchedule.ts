import { APIError, type PayloadRequest } from 'payload'

import type { Schedule } from '../payload-types'

import { adminDocumentUrl } from '../notifications/adminUrl'
import { notify } from '../notifications/notify'
import { editorsToTell } from '../notifications/recipients'
import { readLiveVersion } from '../shared/liveVersion'
import { relationId } from '../shared/relations'
import { queueWebhookDeliveries } from '../webhooks/events'
import { withdrawLive } from '../workflow/actions/withdraw'
import { recordAudit } from '../workflow/audit'
import { type ReviewableCollection } from '../workflow/states'
import { allOrNothing } from './allOrNothing'
import { type Pin } from './pins'
import { publishPinned } from './publishPinned'
import { PublicationRefused } from '../workflow/publication/publishVersion'
import { type Unmet, unmetFromError } from '../workflow/publication/unmet'
import { whenInWords } from '../shared/whenInWords'

export const pinOf = (schedule: Schedule): Pin => ({
  collection: schedule.collectionSlug as ReviewableCollection,
  documentId: schedule.documentId,
  signature: String(relationId(schedule.signature)),
  versionId: String(schedule.versionId),
  contentHash: String(schedule.contentHash),
})

const finish = (req: PayloadRequest, schedule: Schedule, notes?: Unmet[]) =>
  req.payload.update({
    collection: 'schedules',
    id: schedule.id,
    data: { status: 'done', finishedAt: new Date().toISOString(), problems: notes ?? null },
    req,
  })

/** An editor published the pinned version by hand: the schedule has nothing left to do. */
const alreadyLiveOnPin = async (req: PayloadRequest, pin: Pin): Promise<boolean> => {
  const live = await readLiveVersion(req, pin.collection, pin.documentId)
  return live?._status === 'published' && relationId(live.lastSignature) === pin.signature
}

const carryOut = async (req: PayloadRequest, schedule: Schedule, now: Date): Promise<void> => {
  // Another runner (or a cancel) may have got there first.
  const current = await req.payload.findByID({ collection: 'schedules', id: schedule.id, req })
  if (current.status !== 'scheduled') return
  const collection = schedule.collectionSlug as ReviewableCollection
  const audit = { scheduleId: schedule.id, scheduledBy: relationId(schedule.scheduledBy) }
  if (schedule.kind === 'withdraw') {
    await withdrawLive(req, collection, schedule.documentId, String(schedule.reason), audit)
  } else {
    const pin = pinOf(schedule)
    if (await alreadyLiveOnPin(req, pin)) {
      await finish(req, schedule, [
        { requirement: 'not-live-yet', message: 'it was published by hand before its time' },
      ])
      return
    }
    // Judged on its pinned signature at the schedule's time; refused as PublicationRefused.
    await publishPinned(req, pin, { note: schedule.note ?? undefined, audit, via: 'schedule', now })
  }
  await finish(req, schedule)
}

/** Nothing happened: the schedule says why, and the audit log, the webhooks and the editors hear it. */
const reportFailure = async (req: PayloadRequest, schedule: Schedule, unmet: Unmet[]) => {
  const collection = schedule.collectionSlug as ReviewableCollection
  const messages = unmet.map((entry) => entry.message)
  const requirements = [...new Set(unmet.map((entry) => entry.requirement))]
  await req.payload.update({
    collection: 'schedules',
    id: schedule.id,
    data: { status: 'failed', problems: unmet, finishedAt: new Date().toISOString() },
    req,
  })
  await recordAudit(req, {
    action: 'schedule-failed',
    collectionSlug: collection,
    documentId: schedule.documentId,
    versionId: schedule.versionId ?? undefined,
    contentHash: schedule.contentHash ?? undefined,
    comment: `The scheduled ${schedule.kind === 'publish' ? 'publication' : 'withdrawal'} did not go ahead: ${messages.join('; ')}`,
    details: { scheduleId: schedule.id, kind: schedule.kind, requirements: messages },
  })
  // The document may have been deleted since it was scheduled.
  const { docs } = await req.payload.find({
    pagination: false,
    collection,
    where: { id: { equals: schedule.documentId } },
    draft: true,
    depth: 0,
    limit: 1,
    req,
  })
  const doc = docs[0] ? { ...docs[0], id: String(docs[0].id) } : { id: schedule.documentId }
  if (schedule.kind === 'publish') {
    await queueWebhookDeliveries(req, {
      event: 'publish.failed',
      collection,
      id: schedule.documentId,
      adminUrl: adminDocumentUrl(req.payload, collection, schedule.documentId),
      requirements,
      occurredAt: new Date().toISOString(),
    })
  }
  await notify(req, {
    event: schedule.kind === 'publish' ? 'publish-failed' : 'withdraw-failed',
    collection,
    doc,
    recipients: await editorsToTell(req),
    comment: messages.join('; '),
    detail: `as scheduled for ${whenInWords(schedule.at)}`,
  })
}

/**
 * Carries out one due schedule in one transaction (where the database has them): the publication
 * of its pinned snapshot, re-checked against the gate now, or the withdrawal. When it cannot go
 * ahead, nothing is published and the failure is reported.
 */
export const runSchedule = async (
  req: PayloadRequest,
  schedule: Schedule,
  now: Date,
): Promise<'done' | 'failed'> => {
  try {
    await allOrNothing(req, () => carryOut(req, schedule, now), { required: false })
    return 'done'
  } catch (error) {
    const unmet = error instanceof PublicationRefused ? error.unmet : unmetFromError(error)
    if (!(error instanceof APIError)) {
      req.payload.logger.error({ err: error, msg: `Schedule ${schedule.id} failed` })
    }
    try {
      await allOrNothing(req, () => reportFailure(req, schedule, unmet), { required: false })
    } catch (reportError) {
      // Never leave it due: it would be tried again every minute.
      req.payload.logger.error({ err: reportError, msg: `Reporting schedule ${schedule.id}` })
      await req.payload.update({
        collection: 'schedules',
        id: schedule.id,
        data: { status: 'failed', problems: unmet, finishedAt: new Date().toISOString() },
      })
    }
    return 'failed'
  }
}
