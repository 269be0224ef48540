/**
 * Named conditions of the workflow policy, as pure functions over facts already loaded: each answers
 * the problem in people's words, or undefined when the condition holds. The policy table
 * (src/access/policy.ts), the publication judge and the admin panel all use these, so four eyes and
 * ownership are each written once.
 */

import type { PayloadRequest } from 'payload'

import type { WorkflowState } from '../workflow/states'

import { onDay } from '../workflow/publication/checklistWords'

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

/** The open first of two signatures of high-risk content (src/workflow/risk/pairedSignOff.ts). */
export type FirstSignature = {
  signer: string
  printedName: string
  signedAt: string
  /** The first signer held a specialty credential when signing. */
  specialist: boolean
}

/**
 * Only the assignee signs an assigned document; without an assignee, any eligible reviewer may.
 * An assignment is for one signature: once the assignee gave the first of two, any other eligible
 * pharmacist may give the second (the sign-off also clears the assignment then).
 */
export const assignedToCaller = (
  user: MaybeUser,
  assignee: null | string | undefined,
  firstSignature?: FirstSignature | null,
): boolean => !assignee || assignee === String(user?.id) || firstSignature?.signer === assignee

const specialtyOfCaller = (user: MaybeUser): string =>
  String(
    (user as { specialtyCredential?: null | string } | null | undefined)?.specialtyCredential ?? '',
  ).trim()

/**
 * The second of two signatures comes from another pharmacist than the first, and one of the two
 * holds a specialty credential. Judged before the password is asked, so nobody burns a code on it.
 */
export const completesPair = (
  user: MaybeUser,
  firstSignature: FirstSignature | null | undefined,
  title: string,
): string | undefined => {
  if (!firstSignature) return undefined
  if (firstSignature.signer === String(user?.id))
    return `You gave the first signature; another pharmacist gives the second: "${title}" is high risk and needs its second signature from another pharmacist (you signed on ${onDay(firstSignature.signedAt)})`
  if (!firstSignature.specialist && !specialtyOfCaller(user))
    return `A specialist must give one of the two signatures of "${title}": neither you nor ${firstSignature.printedName}, who gave the first, has a specialty credential on record; ask a specialist pharmacist to sign`
  return undefined
}

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
