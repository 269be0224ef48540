import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../workflow/documents'
import type { ReviewableCollection, WorkflowState } from '../workflow/states'
import type { Release } from '../payload-types'

import { ForbiddenError, NotLoggedInError } from '../errors'
import { openThreadCount } from '../reviewComments/openThreads'
import { describeIn } from '../shared/describe'
import { readLiveVersion } from '../shared/liveVersion'
import { relationId } from '../shared/relations'
import { assigneeName } from '../workflow/assignment'
import { authorsFromHistory, ownersOf } from '../workflow/authorship'
import { findLatest } from '../workflow/documents'
import { openPair } from '../workflow/risk/pairedSignOff'
import {
  factsNeeded,
  judge,
  type FactName,
  type PolicyAction,
  type PolicyFacts,
  type PolicyScope,
  type Verdict,
} from './policy'
import { isReviewStaff, isStaffUser } from './roles'

/** What an action is taken on: a document's latest version, a review thread or a release. */
export type PolicyTarget =
  | {
      collection: ReviewableCollection
      /** The latest version. */
      doc: Partial<ReviewableDoc>
      /** Facts the caller already has (e.g. `live`), so they are not loaded again. */
      known?: Partial<PolicyFacts>
    }
  | { release: Pick<Release, 'state' | 'title'> }
  | { thread: { author?: unknown; collectionSlug: string; documentId: string } }

/**
 * The facts loader: gathers only what the actions' conditions read (authors from the history,
 * the assignee, open threads, the live version…), so the judge stays synchronous.
 */
export const loadPolicyFacts = async (
  req: PayloadRequest,
  actions: readonly PolicyAction[],
  target: PolicyTarget,
  scope: PolicyScope = 'panel',
): Promise<Partial<PolicyFacts>> => {
  const needs = new Set<FactName>(actions.flatMap((action) => factsNeeded(action, scope)))
  if ('release' in target) {
    return { title: target.release.title, releaseState: target.release.state ?? 'open' }
  }
  if ('thread' in target) {
    const author = relationId(target.thread.author) ?? null
    // The document's owners matter only to someone the role and authorship do not already let in.
    if (isReviewStaff(req.user) || author === String(req.user?.id)) return { threadAuthor: author }
    const document = await findLatest(
      req,
      target.thread.collectionSlug as ReviewableCollection,
      target.thread.documentId,
    )
    return { threadAuthor: author, owners: ownersOf(document) }
  }
  const { collection, doc, known = {} } = target
  const facts: Partial<PolicyFacts> = { ...known }
  const want = (name: FactName) => needs.has(name) && facts[name] === undefined
  if (want('title')) facts.title = describeIn(req, collection, doc)
  if (want('state')) facts.state = (doc.workflowState ?? 'draft') as WorkflowState
  if (want('owners')) facts.owners = ownersOf(doc)
  if (want('live') || want('revisionInProgress')) {
    const live = doc.id ? await readLiveVersion(req, collection, String(doc.id)) : undefined
    facts.live ??= live?._status === 'published'
    facts.revisionInProgress ??= facts.live && doc._status !== 'published'
  }
  if (want('authors')) facts.authors = await authorsFromHistory(req, collection, doc)
  if (want('firstSignature')) {
    const first = (await openPair(req, collection, doc))?.first
    facts.firstSignature = first
      ? {
          signer: relationId(first.reviewer) ?? '',
          printedName: first.printedName,
          signedAt: first.signedAt,
          specialist: Boolean(first.specialtyCredential?.trim()),
        }
      : null
  }
  if (want('assignee') || want('assigneeName')) {
    facts.assignee ??= relationId(doc.assignee) ?? null
    if (needs.has('assigneeName') && facts.assignee && facts.assignee !== String(req.user?.id))
      facts.assigneeName ??= await assigneeName(req, facts.assignee)
  }
  if (want('openThreads'))
    facts.openThreads = doc.id ? await openThreadCount(req, collection, String(doc.id)) : 0
  return facts
}

/** Loads what the action's conditions need and judges (the admin panel's question by default). */
export const verdictFor = async (
  req: PayloadRequest,
  action: PolicyAction,
  target: PolicyTarget,
  scope: PolicyScope = 'panel',
): Promise<Verdict> =>
  judge(action, req.user, await loadPolicyFacts(req, [action], target, scope), scope)

/** Whether the caller may take `action` on the target now. */
export const allowed = async (
  req: PayloadRequest,
  action: PolicyAction,
  target: PolicyTarget,
  scope: PolicyScope = 'panel',
): Promise<boolean> => (await verdictFor(req, action, target, scope)).allowed

const refuse = (verdict: Verdict): void => {
  if (verdict.allowed) return
  if (verdict.kind === 'login') throw new NotLoggedInError(verdict.message)
  throw new ForbiddenError(verdict.message)
}

/**
 * The action handlers' permission check, before anything else: 401 when not logged in, 403 when
 * the role does not fit. Synchronous (no facts needed).
 */
export const requireRoleFor = (req: PayloadRequest, action: PolicyAction): void =>
  refuse(judge(action, req.user, {}, 'role'))

/** The role and every `who` condition (403), on the loaded target. */
export const requireAllowed = async (
  req: PayloadRequest,
  action: PolicyAction,
  target: PolicyTarget,
): Promise<void> => refuse(await verdictFor(req, action, target, 'who'))

/**
 * CMS staff only (what the workflow's read routes show is not for consumers): 401 for nobody,
 * 403 for another role, each in the route's words.
 */
export const requireStaff = (
  req: PayloadRequest,
  words: { loginMessage: string; refusal: string },
): void => {
  if (!req.user) throw new NotLoggedInError(words.loginMessage)
  if (!isStaffUser(req.user)) throw new ForbiddenError(words.refusal)
}
