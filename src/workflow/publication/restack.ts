import { type PayloadRequest, saveVersion } from 'payload'

import { readLiveVersion } from '../../shared/liveVersion'
import { latestStoredVersion, type StoredVersion } from '../storedVersions'
import { type ReviewableCollection } from '../states'

/** What a publication records on the document; a draft stacked on top takes these from the live one. */
const PUBLICATION_RECORD = [
  'firstPublishedAt',
  'lastSignature',
  'lastReviewedAt',
  'nextReviewDue',
  'updateLog',
  'withdrawalReason',
] as const

type Doc = { collection: ReviewableCollection; id: string }

/** Payload reads a version as the latest only when it is newer than the live row. */
const afterMillisecond = async (timestamp: unknown): Promise<void> => {
  const after = new Date(String(timestamp)).getTime()
  while (Date.now() <= after) await new Promise((resolve) => setTimeout(resolve, 1))
}

/** Stores `version` as the document's latest draft, on top of what is live. */
export const saveOnTop = async (
  req: PayloadRequest,
  { collection, id }: Doc,
  version: Record<string, unknown>,
): Promise<void> => {
  const live = await readLiveVersion(req, collection, id)
  await afterMillisecond(live?.updatedAt)
  await saveVersion({
    id,
    collection: req.payload.collections[collection].config,
    docWithLocales: { ...version, id, _status: 'draft' },
    draft: true,
    operation: 'update',
    payload: req.payload,
    req,
  })
}

/** The revision saved since the pinned version, if there is one: it stays a draft on top. */
export const revisionAbove = async (
  req: PayloadRequest,
  { collection, id }: Doc,
  pinnedVersionId: string,
): Promise<StoredVersion | undefined> => {
  const latest = await latestStoredVersion(req, collection, id)
  return latest && latest.id !== pinnedVersionId ? latest : undefined
}

/** The revision in progress goes back on top, its review unchanged, on the new live record. */
export const restackRevision = async (req: PayloadRequest, doc: Doc, revision: StoredVersion) => {
  const live = await readLiveVersion(req, doc.collection, doc.id)
  const record = Object.fromEntries(PUBLICATION_RECORD.map((field) => [field, live?.[field]]))
  // An editorial revision of the old live version rested on its signature, which is gone.
  const state =
    revision.version.workflowState === 'published' ? 'draft' : revision.version.workflowState
  await saveOnTop(req, doc, { ...revision.version, ...record, workflowState: state })
}
