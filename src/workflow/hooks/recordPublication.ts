import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewableCollection } from '../states'

import { settingsOf } from '../../config/settings'
import { latestSignature } from '../signatures'
import { savesAsPublished } from './changes'

const DAY_MS = 24 * 3600 * 1000

/** A publication records which sign-off it rests on and when the content is due for review. */
export const recordPublication: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, originalDoc, req } = args
  if (!savesAsPublished(args) || !originalDoc?.id) return data
  const signature = await latestSignature(
    req,
    collection.slug as ReviewableCollection,
    String(originalDoc.id),
  )
  if (!signature) return data
  const intervalDays = settingsOf(req.payload).reviewIntervalDays
  const signedAt = new Date(signature.signedAt)
  return {
    ...data,
    workflowState: 'published',
    firstPublishedAt: originalDoc.firstPublishedAt ?? new Date().toISOString(),
    lastSignature: signature.id,
    lastReviewedAt: signedAt.toISOString(),
    nextReviewDue: new Date(signedAt.getTime() + intervalDays * DAY_MS).toISOString(),
    withdrawalReason: null,
  }
}
