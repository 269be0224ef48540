import type { PayloadRequest } from 'payload'

import { collectionsOf, type ReviewQueue } from '../../../workflow/queues'

import { describeIn } from '../../../shared/describe'
import { relationId } from '../../../shared/relations'
import { peopleNames } from '../../../workflow/peopleNames'
import { type ReviewableCollection } from '../../../workflow/states'
import { settingsOf } from '../../../config/settings'
import { expiresAtOf } from '../../../expiry/expiry'
import { editUrl, queueUrl } from '../queueLinks'
import {
  combineParts,
  type DocumentEntry,
  latestFirst,
  PREVIEW_SIZE,
  type QueueContents,
  type SourcePart,
} from './queueContents'

type Found = DocumentEntry & { assigneeId?: string }

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
    where: queue.where(req.user, now, settingsOf(req.payload)),
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
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    total: totalDocs,
    label: labelOf(totalDocs === 1 ? labels.singular : labels.plural, collection),
    href: await queueUrl(req.payload, collection, queue, req.user, now),
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
      expiresAt: expiresAtOf(doc.nextReviewDue, settingsOf(req.payload).reviewGraceDays),
      reviewReason: doc.reviewReason ?? null,
      signedOff: null,
    })),
  }
}

/**
 * Who signed each entry last, and when: its newest signature (a document's `lastSignature` names
 * the live version's, not the one waiting to be published), as staff may read them.
 */
const latestSignaturesOf = async (
  req: PayloadRequest,
  entries: { collection: string; id: string }[],
) => {
  const latest = new Map<string, { by: string; on: string }>()
  if (!entries.length) return latest
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: { documentId: { in: entries.map((entry) => entry.id) } },
    sort: '-signedAt',
    depth: 0,
    pagination: false,
    select: { collectionSlug: true, documentId: true, printedName: true, signedAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  for (const doc of docs) {
    const key = `${doc.collectionSlug}:${doc.documentId}`
    if (!latest.has(key)) latest.set(key, { by: doc.printedName, on: doc.signedAt })
  }
  return latest
}

/** A document queue's total, its newest documents across the reviewable collections, and links. */
export const loadDocumentQueue = async (
  req: PayloadRequest,
  queue: ReviewQueue,
  now: Date,
): Promise<QueueContents<DocumentEntry>> => {
  const parts = await Promise.all(
    collectionsOf(queue).map((collection) => findPart(req, queue, collection, now)),
  )
  const contents = combineParts<Found>(parts, latestFirst)
  const assignees = [...new Set(contents.entries.flatMap((entry) => entry.assigneeId ?? []))]
  const [names, signatures] = await Promise.all([
    peopleNames(req, assignees),
    latestSignaturesOf(req, contents.entries),
  ])
  const nameOf = new Map(names.map((person) => [person.id, person.name]))
  return {
    ...contents,
    entries: contents.entries.map(({ assigneeId, ...entry }) => ({
      ...entry,
      assignee: assigneeId ? (nameOf.get(assigneeId) ?? 'a removed account') : null,
      signedOff: signatures.get(`${entry.collection}:${entry.id}`) ?? null,
    })),
  }
}
