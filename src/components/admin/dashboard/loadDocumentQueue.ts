import type { PayloadRequest } from 'payload'

import type { ReviewQueue } from '../../../workflow/queues'

import { describeIn } from '../../../shared/describe'
import { relationId } from '../../../shared/relations'
import { peopleNames } from '../../../workflow/peopleNames'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../../../workflow/states'
import { editUrl, queueUrl } from '../queueLinks'
import {
  combineParts,
  type DocumentEntry,
  latestFirst,
  PREVIEW_SIZE,
  type QueueContents,
  type SourcePart,
} from './queueContents'

type Found = DocumentEntry & { assigneeId?: string; signatureId?: string }

const labelOf = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : fallback

/** One collection's newest documents in the queue, read with the user's own access. */
const findPart = async (
  req: PayloadRequest,
  queue: ReviewQueue,
  collection: ReviewableCollection,
  now: Date,
): Promise<SourcePart<Found>> => {
  const { admin, labels } = req.payload.collections[collection].config
  const adminRoute = req.payload.config.routes.admin
  const { docs, totalDocs } = await req.payload.find({
    collection,
    where: queue.where(req.user, now),
    draft: queue.draft,
    depth: 0,
    limit: PREVIEW_SIZE,
    sort: '-updatedAt',
    select: {
      [admin.useAsTitle ?? 'id']: true,
      updatedAt: true,
      assignee: true,
      dueAt: true,
      nextReviewDue: true,
      reviewReason: true,
      lastSignature: true,
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    total: totalDocs,
    label: labelOf(labels.plural, collection),
    href: queueUrl(adminRoute, collection, queue, req.user, now),
    entries: docs.map((doc) => ({
      collection,
      collectionLabel: labelOf(labels.singular, collection),
      id: String(doc.id),
      title: describeIn(req, collection, doc),
      href: editUrl(adminRoute, collection, String(doc.id)),
      updatedAt: doc.updatedAt,
      assignee: null,
      assigneeId: relationId(doc.assignee),
      dueAt: doc.dueAt ?? null,
      nextReviewDue: doc.nextReviewDue ?? null,
      reviewReason: doc.reviewReason ?? null,
      signedOff: null,
      signatureId: relationId(doc.lastSignature),
    })),
  }
}

/** Who signed, and when: the signatures the entries rest on, as staff may read them. */
const signaturesOf = async (req: PayloadRequest, ids: string[]) => {
  if (!ids.length) return new Map<string, { by: string; on: string }>()
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { printedName: true, signedAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), { by: doc.printedName, on: doc.signedAt }]))
}

/** A document queue's total, its newest documents across the reviewable collections, and links. */
export const loadDocumentQueue = async (
  req: PayloadRequest,
  queue: ReviewQueue,
  now: Date,
): Promise<QueueContents<DocumentEntry>> => {
  const parts = await Promise.all(
    REVIEWABLE_COLLECTIONS.map((collection) => findPart(req, queue, collection, now)),
  )
  const contents = combineParts<Found>(parts, latestFirst)
  const ids = (key: 'assigneeId' | 'signatureId') => [
    ...new Set(contents.entries.flatMap((entry) => entry[key] ?? [])),
  ]
  const [names, signatures] = await Promise.all([
    peopleNames(req, ids('assigneeId')),
    signaturesOf(req, ids('signatureId')),
  ])
  const nameOf = new Map(names.map((person) => [person.id, person.name]))
  return {
    ...contents,
    entries: contents.entries.map(({ assigneeId, signatureId, ...entry }) => ({
      ...entry,
      assignee: assigneeId ? (nameOf.get(assigneeId) ?? 'a removed account') : null,
      signedOff: (signatureId && signatures.get(signatureId)) || null,
    })),
  }
}
