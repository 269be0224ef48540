import { type PayloadRequest, saveVersion } from 'payload'

import { UnmetRequirementsError } from '../errors'
import { readLiveVersion } from '../shared/liveVersion'
import { recordAudit } from '../workflow/audit'
import { latestVersionId } from '../workflow/documents'
import { PUBLICATION_KIND, PUBLICATION_NOTE } from '../workflow/hooks/recordPublication'
import { PUBLICATION_KIND_WORDS, type PublicationKind } from '../workflow/publicationKind'
import { type Pin } from './pins'
import { judgeByPinnedSignature } from './pinnedChecklist'
import { latestStoredVersion, type StoredVersion, storedVersion } from './storedVersions'

/** What a publication records on the document; a draft stacked on top takes these from the live one. */
const PUBLICATION_RECORD = [
  'firstPublishedAt',
  'lastSignature',
  'lastReviewedAt',
  'nextReviewDue',
  'updateLog',
  'withdrawalReason',
] as const

/** Payload reads a version as the latest only when it is newer than the live row. */
const afterMillisecond = async (timestamp: unknown): Promise<void> => {
  const after = new Date(String(timestamp)).getTime()
  while (Date.now() <= after) await new Promise((resolve) => setTimeout(resolve, 1))
}

const saveOnTop = async (
  req: PayloadRequest,
  pin: Pin,
  version: Record<string, unknown>,
): Promise<void> => {
  const live = await readLiveVersion(req, pin.collection, pin.documentId)
  await afterMillisecond(live?.updatedAt)
  await saveVersion({
    id: pin.documentId,
    collection: req.payload.collections[pin.collection].config,
    docWithLocales: { ...version, id: pin.documentId, _status: 'draft' },
    draft: true,
    operation: 'update',
    payload: req.payload,
    req,
  })
}

/** The revision in progress goes back on top, its review unchanged, on the new live record. */
const restackRevision = async (req: PayloadRequest, pin: Pin, revision: StoredVersion) => {
  const live = await readLiveVersion(req, pin.collection, pin.documentId)
  const record = Object.fromEntries(PUBLICATION_RECORD.map((field) => [field, live?.[field]]))
  // An editorial revision of the old live version rested on its signature, which is gone.
  const state =
    revision.version.workflowState === 'published' ? 'draft' : revision.version.workflowState
  await saveOnTop(req, pin, { ...revision.version, ...record, workflowState: state })
}

/**
 * Publishes exactly the pinned snapshot through the publish gate (which judges it on the pinned
 * signature). A newer draft saved since stays a draft on top of it, in its own review. Returns
 * the id of the revision put back on top, if there was one.
 */
export const publishPinned = async (
  req: PayloadRequest,
  pin: Pin,
  { note, audit }: { note?: string; audit: Record<string, unknown> },
): Promise<{ restackedRevision?: string }> => {
  const snapshot = await storedVersion(req, pin.collection, pin.documentId, pin.versionId)
  if (!snapshot) {
    throw new UnmetRequirementsError('Cannot publish the pinned version', [
      'the pinned version is no longer in the history',
    ])
  }
  const latest = await latestStoredVersion(req, pin.collection, pin.documentId)
  const revision = latest && latest.id !== pin.versionId ? latest : undefined
  // The copy authors nothing: whoever last saved the signed version (its signer, when signing
  // wrote it) must not count as having written the content the history now shows changing.
  if (revision) await saveOnTop(req, pin, { ...snapshot.version, updatedBy: null })
  judgeByPinnedSignature(req, pin)
  req.context[PUBLICATION_NOTE] = note
  try {
    await req.payload.update({
      collection: pin.collection,
      id: pin.documentId,
      data: { _status: 'published' },
      draft: false,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Without a transaction to roll back, the revision goes back on top by hand.
    if (revision && !req.transactionID) await saveOnTop(req, pin, revision.version)
    throw error
  }
  const kind = req.context[PUBLICATION_KIND] as PublicationKind | null | undefined
  await recordAudit(req, {
    action: 'publish',
    collectionSlug: pin.collection,
    documentId: pin.documentId,
    versionId: await latestVersionId(req, pin.collection, pin.documentId),
    contentHash: pin.contentHash,
    comment: kind ? PUBLICATION_KIND_WORDS[kind] : undefined,
    details: {
      kind: kind ?? null,
      note: note ?? null,
      signatureId: pin.signature,
      pinnedVersionId: pin.versionId,
      restackedRevision: revision?.id ?? null,
      ...audit,
    },
  })
  if (revision) await restackRevision(req, pin, revision)
  return { restackedRevision: revision?.id }
}
