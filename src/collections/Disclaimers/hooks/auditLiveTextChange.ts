import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { createHash } from 'node:crypto'

import { recordAudit } from '../../../workflow/audit'
import { readLiveVersion } from '../../../shared/liveVersion'
import { readContext, takeContext, writeContext } from '../../../shared/requestContext'

const textHash = (doc: Record<string, unknown> | null | undefined): string =>
  createHash('sha256')
    .update(JSON.stringify({ title: doc?.title ?? null, text: doc?.text ?? null }))
    .digest('hex')

/** Remembers the live wording before a save that leaves the disclaimer published. */
export const rememberLiveText: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || readContext(req, 'draftSave')) return data
  if ((data._status ?? originalDoc._status) !== 'published') return data
  const live = await readLiveVersion(req, 'disclaimers', originalDoc.id)
  if (live?._status === 'published') writeContext(req, 'disclaimerLiveTextBefore', textHash(live))
  return data
}

/** What readers are told changed: audited with the wording's hash before and after. */
export const auditLiveTextChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const before = takeContext(req, 'disclaimerLiveTextBefore')
  if (!before) return doc
  const after = textHash(doc)
  if (after === before) return doc
  await recordAudit(req, {
    action: 'disclaimer-changed',
    collectionSlug: 'disclaimers',
    documentId: String(doc.id),
    contentHash: after,
    details: { previousContentHash: before, title: doc.title },
  })
  return doc
}
