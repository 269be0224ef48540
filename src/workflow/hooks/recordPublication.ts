import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { settingsOf } from '../../config/settings'
import { readLiveVersion } from '../../shared/liveVersion'
import { relationId } from '../../shared/relations'
import { publicationKind, type UpdateLogEntry } from '../publicationKind'
import { signatureForPublication } from '../signatures'
import { resultingDoc, savesAsPublished } from './changes'

const DAY_MS = 24 * 3600 * 1000

/** The public note an editor gives with `publish { note }`, handed over by the publish action. */
export const PUBLICATION_NOTE = 'publicationNote'
/** What kind of publication the save was, for the publish action's audit entry. */
export const PUBLICATION_KIND = 'publicationKind'

/**
 * A publication records which sign-off it rests on, its place in the public update log, and
 * when the content is due for review. A publication on the live version's own signature (an
 * editorial update) keeps the review dates and any pending re-review request.
 */
export const recordPublication: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, originalDoc, req } = args
  if (!savesAsPublished(args) || !originalDoc?.id) return data
  const slug = collection.slug as ReviewableCollection
  const signature = await signatureForPublication(req, slug, resultingDoc(args))
  if (!signature) return data
  const stored = await readLiveVersion(req, slug, originalDoc.id)
  const live = stored?._status === 'published' ? stored : null
  const newSignature = !live || relationId(live.lastSignature) !== String(signature.id)
  const now = new Date().toISOString()
  const kind = publicationKind({
    next: resultingDoc(args),
    live,
    publishedBefore: Boolean(originalDoc.firstPublishedAt),
    newSignature,
    fields: req.payload.collections[slug].config.flattenedFields,
  })
  req.context[PUBLICATION_KIND] = kind
  const earlierLog = ((originalDoc.updateLog as UpdateLogEntry[] | undefined) ?? []).map(
    ({ date, kind: earlierKind, note }) => ({ date, kind: earlierKind, note }),
  )
  const note = (req.context[PUBLICATION_NOTE] as string | undefined) ?? null
  const signedAt = new Date(signature.signedAt)
  const intervalDays = settingsOf(req.payload).reviewIntervalDays
  return {
    ...data,
    workflowState: 'published',
    firstPublishedAt: originalDoc.firstPublishedAt ?? now,
    lastSignature: signature.id,
    lastReviewedAt: newSignature ? signedAt.toISOString() : live.lastReviewedAt,
    nextReviewDue: newSignature
      ? new Date(signedAt.getTime() + intervalDays * DAY_MS).toISOString()
      : live.nextReviewDue,
    reviewReason: newSignature ? null : (live.reviewReason ?? null),
    withdrawalReason: null,
    updateLog: kind ? [{ date: now, kind, note }, ...earlierLog] : earlierLog,
  }
}
