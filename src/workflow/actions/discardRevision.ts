import { saveVersion } from 'payload'

import type { ActionInput, ActionResult } from './types'

import { requireAllowed, requireRoleFor } from '../../access/allowed'
import { UnmetRequirementsError } from '../../errors'
import { describeIn } from '../../shared/describe'
import { readLiveVersion } from '../../shared/liveVersion'
import { recordAudit } from '../audit'
import { contentHashIn } from '../contentHash'
import { findLatest, latestVersionId } from '../documents'
import type { WorkflowState } from '../states'

/**
 * Drops the revision in progress on top of a live document: the latest version becomes a copy of
 * the live one again (a new version, so the discarded revision stays in the history). The author
 * (creator or contributor), editors and admins may discard; the live version is not touched.
 */
export const discardRevision = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  // Logged in first (401); the role and ownership are judged on the document, named in the refusal.
  if (!req.user) requireRoleFor(req, 'discard-revision')
  const latest = await findLatest(req, collection, id)
  const name = describeIn(req, collection, latest)
  await requireAllowed(req, 'discard-revision', { collection, doc: latest })
  const live = await readLiveVersion(req, collection, id)
  if (live?._status !== 'published') {
    throw new UnmetRequirementsError('Cannot discard the revision', [
      `"${name}" is not live, so there is no live version to go back to; edit the draft instead`,
    ])
  }
  if (latest._status === 'published') {
    throw new UnmetRequirementsError('Cannot discard the revision', [
      `"${name}" has no revision in progress: its latest version is the live one`,
    ])
  }
  const discardedVersionId = await latestVersionId(req, collection, id)
  // Payload reads a draft newer than the live row as the latest version, so the live row is
  // touched (its timestamp only) to be newer than the discarded draft.
  const now = new Date().toISOString()
  await req.payload.db.updateOne({
    collection,
    where: { id: { equals: id } },
    data: { updatedAt: now },
    req,
  })
  await saveVersion({
    id,
    collection: req.payload.collections[collection].config,
    docWithLocales: { ...live, updatedAt: now },
    draft: false,
    operation: 'update',
    payload: req.payload,
    req,
  })
  await recordAudit(req, {
    action: 'discard-revision',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: contentHashIn(req, collection, live),
    comment: `Discarded the revision (it was ${String(latest.workflowState).replace(/_/g, ' ')}); the latest version is the live content again.`,
    details: { discardedVersionId: discardedVersionId ?? null },
  })
  return {
    collection,
    id,
    state: (live.workflowState ?? 'published') as WorkflowState,
    message: 'Revision discarded; the latest version is the live content again.',
  }
}
