import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { workflowStatusSchema } from './apiSchemas'
import type { ReviewableCollection, WorkflowState } from './states'

import { loadPolicyFacts } from '../access/allowed'
import { judge, type PolicyAction } from '../access/policy'
import { relationId } from '../shared/relations'
import { changeKindOf } from '../fields/changeKind'
import { eligibleReviewers, personName } from './assignment'
import { peopleNames } from './peopleNames'
import { DEFAULT_SIGNATURE_MEANING } from './actions/signOff'
import { findLatest, requireReadableLatest, type ReviewableDoc } from './documents'
import { PANEL_INPUT } from './endpoints/actionEndpoints'
import { panelContributions } from './panelContributions'
import { linkedDocuments } from './linkedDocuments'
import { latestSignature } from './signatures'
import { publishChecklist } from './publication/checklist'
import { reviewedByLine } from './reviewedByLine'
import { signaturesStatus } from './risk/signaturesStatus'
import { signerCredit } from './signerCredit'
import { TRANSITIONS } from './transitions'

export type { ActionInputKind } from './apiSchemas'

export type HistoryEntry = WorkflowStatus['history'][number]

/** `keyPoints` → "Key points". */
const fieldLabel = (name: string): string =>
  name.replace(/([A-Z])/g, ' $1').replace(/^./, (first) => first.toUpperCase())

const actionLabel = (action: string): string =>
  TRANSITIONS.find((transition) => transition.action === action)?.label ??
  action.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase())

export type WorkflowStatus = z.infer<typeof workflowStatusSchema>

/** Everything the panel asks the policy about, for one document. */
const PANEL_ACTIONS = [
  ...TRANSITIONS.map(({ action }) => action),
  'discard-revision',
  'assign',
  'schedule',
  'schedule-withdraw',
] as const satisfies readonly PolicyAction[]

/**
 * What this user may do now, as the policy (src/access/policy.ts) answers it: role, who
 * (ownership, the assignee) and the state, with four eyes for signing. The API asks the same table.
 */
const permissions = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  latest: ReviewableDoc,
  known: { live: boolean; revisionInProgress: boolean },
) => {
  const facts = await loadPolicyFacts(req, PANEL_ACTIONS, { collection, doc: latest, known })
  const may = (action: PolicyAction) => judge(action, req.user, facts, 'panel').allowed
  return {
    signOff: judge('sign-off', req.user, facts, 'panel'),
    actions: TRANSITIONS.filter(({ action }) => may(action)).map(({ action, label }) => ({
      action,
      label,
      input: PANEL_INPUT[action],
    })),
    canDiscardRevision: may('discard-revision'),
    canAssign: may('assign'),
    canSchedule: { publish: may('schedule'), withdraw: may('schedule-withdraw') },
  }
}

const history = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<HistoryEntry[]> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'audit-log',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
    sort: '-at',
    limit: 50,
    depth: 1,
    populate: { users: { fullName: true, email: true } },
    req,
  })
  return docs.map((entry) => ({
    action: entry.action,
    label: actionLabel(entry.action),
    at: entry.at,
    actor:
      typeof entry.actor === 'object' && entry.actor
        ? (entry.actor.fullName ?? entry.actor.email)
        : 'system',
    comment: entry.comment ?? null,
  }))
}

const assignmentOf = async (req: PayloadRequest, latest: ReviewableDoc) => {
  const assignee = relationId(latest.assignee) ?? null
  const user = assignee
    ? await req.payload.findByID({
        collection: 'users',
        id: assignee,
        depth: 0,
        disableErrors: true,
        req,
      })
    : null
  return {
    assignee,
    assigneeName: user ? personName(user) : null,
    dueAt: (latest.dueAt as string | null | undefined) ?? null,
  }
}

const commentableFields = (req: PayloadRequest, collection: ReviewableCollection) =>
  req.payload.collections[collection].config.flattenedFields
    .filter((field) => changeKindOf(field) !== 'record')
    .map((field) => ({
      path: field.name,
      label: typeof field.label === 'string' ? field.label : fieldLabel(field.name),
    }))

/** The public note a publication starts from: the reason the last signature's changes were made. */
const suggestedNote = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<string | null> => (await latestSignature(req, collection, id))?.changeReason ?? null

const reviewedByPreview = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
) => {
  const signature = await latestSignature(req, collection, id)
  if (!signature) return null
  const credit = await signerCredit(req, String(signature.id))
  return reviewedByLine({ ...credit, lastReviewedAt: credit.signedAt })
}

/**
 * Everything the admin's workflow panel shows for one document, for the signed-in user. The
 * document is read with the user's access first, so nobody learns about what they cannot read.
 */
export const workflowStatus = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<WorkflowStatus> => {
  await requireReadableLatest(req, collection, id)
  const latest = await findLatest(req, collection, id)
  const liveDoc = await req.payload.findByID({ collection, id, depth: 0, draft: false, req })
  const live = liveDoc._status === 'published'
  const revisionInProgress = live && latest._status !== 'published'
  const { actions, canDiscardRevision, canAssign, canSchedule, signOff } = await permissions(
    req,
    collection,
    latest,
    { live, revisionInProgress },
  )
  const choosesAssignee = canAssign || actions.some(({ action }) => action === 'submit')
  // What the features show (open threads, schedules): the core imports none of them.
  const contributed = await panelContributions(req, collection, id)
  return {
    state: (latest.workflowState ?? 'draft') as WorkflowState,
    live,
    revisionInProgress,
    canDiscardRevision,
    checklist: await publishChecklist(req, collection, latest),
    actions,
    signatureMeaning: DEFAULT_SIGNATURE_MEANING,
    signatures: await signaturesStatus(req, collection, latest, signOff),
    reviewedByPreview: await reviewedByPreview(req, collection, id),
    suggestedNote: await suggestedNote(req, collection, id),
    history: await history(req, collection, id),
    assignment: await assignmentOf(req, latest),
    canAssign,
    assignableReviewers: choosesAssignee
      ? await peopleNames(req, await eligibleReviewers(req, collection, latest))
      : null,
    openThreads: contributed.openThreads,
    commentableFields: commentableFields(req, collection),
    schedules: contributed.schedules,
    canSchedule,
    linked: await linkedDocuments(req, collection, latest),
  }
}
