/**
 * Named conditions of the workflow policy, as pure functions over facts already loaded: each answers
 * the problem in people's words, or undefined when the condition holds. The policy table
 * (src/access/policy.ts), the publication judge and the admin panel all use these, so four eyes and
 * ownership are each written once.
 */

import type { PayloadRequest } from 'payload'

import type { WorkflowState } from '../workflow/states'

import { isEditorOrAdmin, isReviewStaff } from './roles'

type MaybeUser = PayloadRequest['user'] | undefined

/** Whether the person wrote or edited any of the content (`authorIds`: from the version history). */
export const wroteIt = (personId: string | undefined, authorIds: readonly string[]): boolean =>
  Boolean(personId && authorIds.includes(String(personId)))

/** Four eyes: the person signing is not among the content's authors, and someone is recorded as one. */
export const notAnAuthor = (
  personId: string | undefined,
  authorIds: readonly string[],
  who: 'you' | 'the signer' = 'you',
): string | undefined => {
  if (!authorIds.length)
    return 'nobody is recorded as its author, so a signature cannot show it was checked by someone else'
  if (wroteIt(personId, authorIds))
    return who === 'you'
      ? 'you wrote or edited this content; a different pharmacist must sign it off'
      : 'the signer wrote or edited this content; a different pharmacist must sign off'
  return undefined
}

/**
 * Writer ownership: a writer acts only on documents they created or are a recorded contributor of;
 * editors and admins act on any. `owners` is the document's creator and contributors.
 */
export const ownDocument = (user: MaybeUser, owners: readonly string[]): boolean =>
  isEditorOrAdmin(user) || Boolean(user && owners.includes(String(user.id)))

/** Only the assignee signs an assigned document; without an assignee, any eligible reviewer may. */
export const assignedToCaller = (user: MaybeUser, assignee: null | string | undefined): boolean =>
  !assignee || assignee === String(user?.id)

/** The refusal of another reviewer than the assignee. */
export const assignedElsewhere = (title: string, assigneeName: string): string =>
  `"${title}" is assigned to ${assigneeName}; only they can sign it off (an editor can reassign it)`

/** Sign-off and publication wait until every review thread is resolved. */
export const noOpenThreads = (openThreads: number): string | undefined =>
  openThreads ? `open review comments: ${openThreads}; resolve them first` : undefined

/** The latest version's state is one the action starts from. */
export const inState = (state: WorkflowState, from: readonly WorkflowState[]): boolean =>
  from.includes(state)

/**
 * Who may close or reopen a review thread: pharmacists, editors and admins, whoever opened it, and
 * the document's author and contributors. Not another writer who happens to read it.
 */
export const takesPartInThread = (
  user: MaybeUser,
  threadAuthor: null | string | undefined,
  documentOwners: readonly string[],
): boolean =>
  isReviewStaff(user) ||
  Boolean(user && threadAuthor === String(user.id)) ||
  Boolean(user && documentOwners.includes(String(user.id)))
