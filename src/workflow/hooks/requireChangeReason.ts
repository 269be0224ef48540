import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from '../../errors'
import { isRestoringVersion } from '../../shared/requestContext'
import { recordAudit } from '../audit'
import { contentChanged, resultingDoc } from './changes'

const RESTORED = 'Restored an earlier version.'

const wasSignedOrLive = (doc: Record<string, unknown>): boolean =>
  Boolean(doc.lastSignature || doc.firstPublishedAt || doc._status === 'published')

const audit = (
  { collection, originalDoc, req }: Parameters<CollectionBeforeChangeHook>[0],
  reason: string,
) =>
  recordAudit(req, {
    action: 'clinical-change',
    collectionSlug: collection.slug,
    documentId: String(originalDoc?.id),
    comment: reason,
  })

/**
 * A clinical change of content that was signed, or is or was live, says why (`changeReason`, 400
 * naming it otherwise) on every path; a version restore gives its own reason. The reason and the
 * change are audited.
 */
export const requireChangeReason: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc } = args
  if (operation !== 'update' || !originalDoc || !wasSignedOrLive(originalDoc)) return data
  if (!contentChanged(args)) return data
  // A restore brings back the old version's reason too; what happens now is the restore.
  if (isRestoringVersion(args.req)) {
    await audit(args, RESTORED)
    return { ...data, changeReason: RESTORED }
  }
  const given = resultingDoc(args).changeReason
  const reason = typeof given === 'string' ? given.trim() : ''
  if (!reason) {
    throw fieldRefusal(
      collection.slug,
      'changeReason',
      'Say why the content changes: a pharmacist signed it (or it is live), and the next one reads your reason beside the changes',
    )
  }
  await audit(args, reason)
  return data
}
