import type { PayloadRequest, Where } from 'payload'

import type { AuditLog, PreReviewCheck, ReviewComment, Signature } from '../payload-types'

import { describeIn } from '../shared/describe'
import { relationId } from '../shared/relations'
import { contentHashIn, contentOf } from '../workflow/contentHash'
import { findLatest } from '../workflow/documents'
import { peopleNames } from '../workflow/peopleNames'
import { type ReviewableCollection } from '../workflow/states'

export type RecordedVersion = {
  id: string
  createdAt: string
  status: string | null
  workflowState: string | null
  contentHash: string
  /** What readers see of this version (clinical and editorial fields). */
  content: Record<string, unknown>
}

export type RecordedSignature = Pick<
  Signature,
  | 'clinicalChanges'
  | 'contentHash'
  | 'meaning'
  | 'printedName'
  | 'signedAt'
  | 'signerCredentials'
  | 'signerName'
  | 'versionId'
> & {
  id: string
  reviewerId: string | null
  /** The verification of the signer's licence the signature relied on (none before the register). */
  licenceVerification: Signature['licenceVerification'] | null
  previousSignatureId: string | null
  /** The signer's specialty credential at signing (null: none). */
  specialtyCredential: string | null
  /** High-risk content: the first signature this second one completes. */
  countersignsId: string | null
  /** The pre-review checks of the content signed, in the signature's words (none before them). */
  preReviewChecks: { blocking: number; advisory: number; accepted: number; summary: string } | null
  labelVersions: {
    drugId: string | null
    setId: string
    version: number | null
    publishedDate: string | null
    problem: string | null
  }[]
}

export type RecordedAuditEntry = Pick<
  AuditLog,
  'action' | 'at' | 'comment' | 'contentHash' | 'versionId'
> & {
  id: string
  actor: { id: string; name: string } | null
  details: unknown
}

export type RecordedComment = Pick<
  ReviewComment,
  'comment' | 'createdAt' | 'field' | 'quote' | 'status' | 'versionId'
> & {
  id: string
  authorName: string | null
  statusChangedByName: string | null
  statusChangedAt: string | null
}

export type RecordedThread = RecordedComment & { replies: RecordedComment[] }

/** One run of the pre-review checks, with each finding and who accepted it, why. */
export type RecordedCheckRun = Pick<
  PreReviewCheck,
  'contentHash' | 'occasion' | 'ranAt' | 'versionId'
> & {
  id: string
  findings: Pick<
    NonNullable<PreReviewCheck['findings']>[number],
    | 'acceptedAt'
    | 'acceptedByName'
    | 'field'
    | 'message'
    | 'reason'
    | 'rule'
    | 'severity'
    | 'text'
    | 'where'
  >[]
}

/** 21 CFR Part 11 §11.10(b): the complete record of one document, for inspection. */
export type DocumentRecord = {
  collection: ReviewableCollection
  id: string
  title: string
  exportedAt: string
  exportedBy: string
  versions: RecordedVersion[]
  signatures: RecordedSignature[]
  checkRuns: RecordedCheckRun[]
  auditEntries: RecordedAuditEntry[]
  commentThreads: RecordedThread[]
}

const allVersions = async (req: PayloadRequest, collection: ReviewableCollection, id: string) => {
  const fields = req.payload.collections[collection].config.flattenedFields
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((version): RecordedVersion => {
    const content = version.version as unknown as Record<string, unknown>
    return {
      id: String(version.id),
      createdAt: version.createdAt,
      status: (content._status as string | undefined) ?? null,
      workflowState: (content.workflowState as string | undefined) ?? null,
      contentHash: contentHashIn(req, collection, content),
      content: contentOf(content, fields, ['clinical', 'editorial']),
    }
  })
}

const ofDocument = (collection: string, id: string): Where => ({
  and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }],
})

const allSignatures = async (req: PayloadRequest, collection: ReviewableCollection, id: string) => {
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: ofDocument(collection, id),
    sort: 'signedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((signature): RecordedSignature => ({
    id: String(signature.id),
    printedName: signature.printedName,
    signerName: signature.signerName,
    signerCredentials: signature.signerCredentials,
    meaning: signature.meaning,
    signedAt: signature.signedAt,
    versionId: signature.versionId,
    contentHash: signature.contentHash,
    clinicalChanges: signature.clinicalChanges,
    reviewerId: relationId(signature.reviewer) ?? null,
    licenceVerification: signature.licenceVerification?.reverifyBy
      ? signature.licenceVerification
      : null,
    previousSignatureId: relationId(signature.previousSignature) ?? null,
    specialtyCredential: signature.specialtyCredential ?? null,
    countersignsId: relationId(signature.countersigns) ?? null,
    preReviewChecks: signature.preReviewChecks?.summary
      ? {
          blocking: signature.preReviewChecks.blocking ?? 0,
          advisory: signature.preReviewChecks.advisory ?? 0,
          accepted: signature.preReviewChecks.accepted ?? 0,
          summary: signature.preReviewChecks.summary,
        }
      : null,
    labelVersions: (signature.labelVersions ?? []).map((seen) => ({
      drugId: relationId(seen.drug) ?? null,
      setId: seen.setId,
      version: seen.version ?? null,
      publishedDate: seen.publishedDate ?? null,
      problem: seen.problem ?? null,
    })),
  }))
}

const allCheckRuns = async (req: PayloadRequest, collection: ReviewableCollection, id: string) => {
  const { docs } = await req.payload.find({
    collection: 'pre-review-checks',
    where: ofDocument(collection, id),
    sort: 'ranAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((run): RecordedCheckRun => ({
    id: String(run.id),
    ranAt: run.ranAt,
    occasion: run.occasion,
    versionId: run.versionId,
    contentHash: run.contentHash,
    findings: (run.findings ?? []).map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      where: finding.where,
      field: finding.field ?? null,
      text: finding.text ?? null,
      message: finding.message,
      acceptedByName: finding.acceptedByName ?? null,
      acceptedAt: finding.acceptedAt ?? null,
      reason: finding.reason ?? null,
    })),
  }))
}

const allAuditEntries = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
) => {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: ofDocument(collection, id),
    sort: 'at',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const actorIds = [...new Set(docs.map((entry) => relationId(entry.actor)).filter(Boolean))]
  const names = new Map(
    (await peopleNames(req, actorIds as string[])).map((person) => [person.id, person.name]),
  )
  return docs.map((entry): RecordedAuditEntry => {
    const actorId = relationId(entry.actor)
    return {
      id: String(entry.id),
      at: entry.at,
      action: entry.action,
      actor: actorId ? { id: actorId, name: names.get(actorId) ?? actorId } : null,
      versionId: entry.versionId,
      contentHash: entry.contentHash,
      comment: entry.comment,
      details: entry.details ?? null,
    }
  })
}

const recordedComment = (comment: ReviewComment): RecordedComment => ({
  id: String(comment.id),
  field: comment.field,
  quote: comment.quote,
  comment: comment.comment,
  versionId: comment.versionId,
  status: comment.status,
  createdAt: comment.createdAt,
  authorName: comment.authorName ?? null,
  statusChangedByName: comment.statusChangedByName ?? null,
  statusChangedAt: comment.statusChangedAt ?? null,
})

const allThreads = async (req: PayloadRequest, collection: ReviewableCollection, id: string) => {
  const { docs } = await req.payload.find({
    collection: 'review-comments',
    where: ofDocument(collection, id),
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const threads = docs.filter((comment) => !relationId(comment.thread))
  return threads.map((thread): RecordedThread => ({
    ...recordedComment(thread),
    replies: docs
      .filter((reply) => relationId(reply.thread) === String(thread.id))
      .map(recordedComment),
  }))
}

/** The whole record of a document; undefined when there is no such document. */
export const documentRecord = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<DocumentRecord | undefined> => {
  const latest = await findLatest(req, collection, id).catch(() => undefined)
  if (!latest) return undefined
  const exporter = req.user as { id: number | string; fullName?: string | null; email?: string }
  return {
    collection,
    id,
    title: describeIn(req, collection, latest),
    exportedAt: new Date().toISOString(),
    exportedBy: exporter.fullName || exporter.email || String(exporter.id),
    versions: await allVersions(req, collection, id),
    signatures: await allSignatures(req, collection, id),
    checkRuns: await allCheckRuns(req, collection, id),
    auditEntries: await allAuditEntries(req, collection, id),
    commentThreads: await allThreads(req, collection, id),
  }
}
