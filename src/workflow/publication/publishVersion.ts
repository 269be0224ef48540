import type { PayloadRequest } from 'payload'

import { UnmetRequirementsError } from '../../errors'
import { storedVersion } from '../storedVersions'
import { type Unmet, unmetOf } from './unmet'
import { withContext } from '../../shared/requestContext'
import { recordAudit, recordRefusal, recordRequestRefusal } from '../audit'
import { latestVersionId } from '../documents'
import { PUBLICATION_KIND_WORDS, type PublicationKind } from '../publicationKind'
import { pinKey } from '../signatures'
import { judgePublication, publishActionProblems } from './judge'
import type { PublicationFacts } from './facts'
import { loadPublicationFacts, type PublicationTarget } from './loadFacts'
import { publicationRecord } from './record'
import { restackRevision, revisionAbove, saveOnTop } from './restack'

/** A pinned publication that does not meet its checklist: each unmet requirement by its code. */
export class PublicationRefused extends UnmetRequirementsError {
  constructor(
    intro: string,
    readonly unmet: Unmet[],
  ) {
    super(
      intro,
      unmet.map((entry) => entry.message),
    )
  }
}

export type PublishVersionInput = {
  req: PayloadRequest
  target: Pick<PublicationTarget, 'collection' | 'id' | 'pin'>
  /** The public note for the page's update log. */
  note?: string
  /** Who publishes: the publish action (an editor), a due schedule, or a release. */
  via: 'action' | 'schedule' | 'release'
  /** What the audit entry records besides the publication (the schedule or release). */
  audit?: Record<string, unknown>
  /** The time the rules are judged at (a schedule's tick); now otherwise. */
  now?: Date
}

export type Published = { kind: PublicationKind | null; restackedRevision?: string }

/** Why this publication may not go ahead, in the words of the path that asked for it. */
const refuseIfUnmet = async (
  input: PublishVersionInput,
  facts: PublicationFacts,
): Promise<void> => {
  const { req, target } = input
  if (input.via !== 'action') {
    const { checklist, roleProblem } = judgePublication(facts)
    const unmet = [
      ...(roleProblem ? [{ requirement: 'gate', message: roleProblem }] : []),
      ...unmetOf(checklist),
    ]
    if (!unmet.length) return
    // A release checked every item first: a refusal here means something changed in between,
    // and stays on record after the release's transaction rolls back.
    if (input.via === 'release') {
      await recordRequestRefusal(req, {
        action: 'publish-refused',
        collectionSlug: target.collection,
        documentId: target.id,
        contentHash: facts.base?.contentHash,
        details: { requirements: unmet.map((entry) => entry.message) },
      })
    }
    throw new PublicationRefused('This content cannot be published yet', unmet)
  }
  const problems = publishActionProblems(facts)
  if (!problems.length) return
  await recordRefusal(req.payload, req.user ? String(req.user.id) : undefined, {
    action: 'publish-refused',
    collectionSlug: target.collection,
    documentId: target.id,
    contentHash: facts.base?.contentHash,
    details: { requirements: problems },
  })
  throw new UnmetRequirementsError(`Cannot publish "${facts.base?.title}"`, problems)
}

/**
 * The one operation that publishes. It loads the facts once, runs the one checklist (the pinned
 * items too when a pin is given), computes the publication record (kind, review dates, update
 * log), writes it with a publication intent the save guard (guardPublication) lets through, and
 * audits once. A pinned publication publishes exactly the signed snapshot; a newer draft saved
 * since stays a draft on top of it, in its own review.
 */
export const publishVersion = async (input: PublishVersionInput): Promise<Published> => {
  const { req, target, note } = input
  const facts = await loadPublicationFacts(req, target, { now: input.now })
  await refuseIfUnmet(input, facts)
  const { base } = facts
  // The checklist requires both; this only tells the compiler.
  if (!base?.signature) throw new UnmetRequirementsError('Cannot publish', ['it is not signed off'])
  const { kind, record } = publicationRecord(base, base.signature, {
    now: new Date().toISOString(),
    note,
    reviewIntervalDays: facts.reviewIntervalDays,
  })
  const doc = { collection: target.collection, id: target.id }
  const { pin } = target
  const revision = pin ? await revisionAbove(req, doc, pin.versionId) : undefined
  if (pin && revision) {
    // The copy authors nothing: whoever last saved the signed version (its signer, when signing
    // wrote it) must not count as having written the content the history now shows changing.
    const snapshot = await storedVersion(req, target.collection, target.id, pin.versionId)
    await saveOnTop(req, doc, { ...snapshot?.version, updatedBy: null })
  }
  const intent = {
    target: pinKey(target.collection, target.id),
    contentHash: base.contentHash,
    record,
  }
  try {
    await withContext(req, 'publicationIntent', intent, () =>
      req.payload.update({
        collection: target.collection,
        id: target.id,
        data: { _status: 'published' },
        draft: false,
        overrideAccess: true,
        req,
      }),
    )
  } catch (error) {
    // Without a transaction to roll back, the revision goes back on top by hand.
    if (revision && !req.transactionID) await saveOnTop(req, doc, revision.version)
    throw error
  }
  await recordAudit(req, {
    action: 'publish',
    collectionSlug: target.collection,
    documentId: target.id,
    versionId: await latestVersionId(req, target.collection, target.id),
    contentHash: pin ? pin.contentHash : base.contentHash,
    comment: kind ? PUBLICATION_KIND_WORDS[kind] : undefined,
    details: {
      kind,
      note: note ?? null,
      ...(pin
        ? {
            signatureId: pin.signature,
            pinnedVersionId: pin.versionId,
            restackedRevision: revision?.id ?? null,
          }
        : {}),
      ...input.audit,
    },
  })
  if (revision) await restackRevision(req, doc, revision)
  return { kind, restackedRevision: revision?.id }
}
