import { notAnAuthor } from '../../access/conditions'
import { type ChecklistItem, item } from '../checklistItem'
import { withRequirementItems } from '../requirements'
import { CARRIES_DISCLAIMER } from '../states'
import { stateProblem } from '../stateProblem'
import { PUBLISHER_ROLES, transitionFor } from '../transitions'
import type { BaseFacts, PinnedFacts, PublicationFacts, SignatureFacts } from './facts'
import {
  AWAITING_SECOND_SIGNATURE,
  disclaimerLabel,
  fourEyesLabel,
  linkedLabel,
  onDay,
  REVIEW_STAGE,
  signedOffLabel,
} from './checklistWords'
import { secondSignatureItems, waitsForSecondSignature } from './secondSignature'

const DAY_MS = 24 * 3600 * 1000
const day = (date: string | Date): string => new Date(date).toISOString().slice(0, 10)

/**
 * A matching signature is not enough on its own: withdrawn content needs a new review, and a
 * publish must not skip the transition table's states on paths other than the endpoint.
 */
const PUBLISH = transitionFor('publish')

const disclaimerProblem = (disclaimer: NonNullable<BaseFacts['disclaimer']>) => {
  if (!disclaimer.attached) return 'attach a medical disclaimer'
  if (!disclaimer.found) return 'the attached disclaimer does not exist; attach another'
  if (!disclaimer.published) return `publish the disclaimer "${disclaimer.title}" first`
  return undefined
}

const signedOffProblem = (facts: BaseFacts) => {
  if (!facts.signature) return 'a pharmacist reviewer must sign off this content'
  return facts.signature.contentHash === facts.contentHash
    ? undefined
    : 'the content differs from what the reviewer signed; it needs a new sign-off'
}

/** The gate refuses a signer who is an author; it has never refused for "no authors recorded". */
const fourEyesProblem = (facts: BaseFacts) =>
  facts.signature?.reviewerId && facts.authorIds.length
    ? notAnAuthor(facts.signature.reviewerId, facts.authorIds, 'the signer')
    : undefined

/** The core's own requirements, in the panel's order. */
const coreChecklist = (facts: BaseFacts): ChecklistItem[] => {
  const fourEyes = fourEyesProblem(facts)
  return [
    item(
      'approved',
      waitsForSecondSignature(facts) ? AWAITING_SECOND_SIGNATURE : REVIEW_STAGE[facts.state],
      [stateProblem({ workflowState: facts.state }, facts.title, PUBLISH.from, PUBLISH.label)],
    ),
    ...(facts.disclaimer && CARRIES_DISCLAIMER.includes(facts.collection)
      ? [
          item('disclaimer', disclaimerLabel(facts.disclaimer), [
            disclaimerProblem(facts.disclaimer),
          ]),
        ]
      : []),
    item('signed-off', signedOffLabel(facts), [signedOffProblem(facts)]),
    item('four-eyes', fourEyesLabel(facts, fourEyes), [fourEyes]),
    ...secondSignatureItems(facts),
    ...(facts.pendingLinks
      ? [
          item(
            'linked-published',
            linkedLabel(facts.pendingLinks),
            facts.pendingLinks.map((link) =>
              link.deleted
                ? `remove the linked ${link.collection} ${link.name}: it was deleted`
                : `publish the linked ${link.collection} "${link.name}" first`,
            ),
          ),
        ]
      : []),
  ]
}

/**
 * Each requirement this exact content must meet before publication, met or not: the core's, with
 * the registered requirements' items in their places (src/workflow/requirements.ts).
 */
export const baseChecklist = (facts: BaseFacts): ChecklistItem[] =>
  withRequirementItems(coreChecklist(facts), facts.requirements)

const licenceProblem = (pinned: PinnedFacts, signature: SignatureFacts) => {
  if (!pinned.signer) return "the signer's account no longer exists"
  const expiry = pinned.signer.licenceExpiresAt
  if (!expiry || new Date(expiry) <= new Date(signature.signedAt)) {
    return `${signature.printedName}'s pharmacist licence was not valid when they signed on ${day(signature.signedAt)}${expiry ? ` (it expired on ${day(expiry)})` : ''}`
  }
  return undefined
}

const overdueProblem = (facts: PublicationFacts, signature: SignatureFacts) => {
  const due = new Date(new Date(signature.signedAt).getTime() + facts.reviewIntervalDays * DAY_MS)
  return due <= new Date(facts.now)
    ? `the review is overdue: it was signed on ${day(signature.signedAt)} and due for re-review on ${day(due)}`
    : undefined
}

/** Publishing an older signature over the live content would roll it back. */
const alreadyLiveProblem = (pinned: PinnedFacts, signature: SignatureFacts) => {
  if (!pinned.live) return undefined
  if (pinned.live.signatureId === signature.id) return 'this signed version is already live'
  return pinned.live.signedAt && new Date(pinned.live.signedAt) > new Date(signature.signedAt)
    ? `a newer signed version (signed on ${day(pinned.live.signedAt)}) is already live`
    : undefined
}

/** What a pinned snapshot must meet on top of the base items: that its signature still stands. */
export const pinnedChecklistItems = (
  facts: PublicationFacts,
  pinned: PinnedFacts,
): ChecklistItem[] => {
  const { signature } = pinned
  if (!pinned.snapshotFound || !signature || !facts.base) {
    return [
      item('pinned-version', 'The version to publish, or its sign-off, is gone', [
        pinned.snapshotFound ? undefined : 'the pinned version is no longer in the history',
        signature ? undefined : 'the pinned signature no longer exists',
      ]),
    ]
  }
  const by = `${signature.printedName} on ${onDay(signature.signedAt)}`
  const exact =
    pinned.snapshotHash === pinned.pinnedHash && signature.contentHash === pinned.pinnedHash
  const licence = licenceProblem(pinned, signature)
  const overdue = overdueProblem(facts, signature)
  const alreadyLive = alreadyLiveProblem(pinned, signature)
  return [
    item(
      'pinned-version',
      exact
        ? `Exactly the version ${by} signed off`
        : 'Not the version the pharmacist signed: it needs a new sign-off',
      [exact ? undefined : `the pinned version of "${facts.base.title}" is not what was signed`],
    ),
    item(
      'signature-valid',
      pinned.withdrawnAfterSigning
        ? 'Withdrawn after the sign-off: it needs a new review'
        : 'The sign-off still stands',
      [
        pinned.withdrawnAfterSigning
          ? `the content was withdrawn on ${day(pinned.withdrawnAfterSigning)}, after ${signature.printedName} signed it; it needs a new review`
          : undefined,
      ],
    ),
    item(
      'signer-licence',
      licence
        ? `${signature.printedName}'s pharmacist licence was not valid on signing`
        : `${signature.printedName}'s pharmacist licence was valid on signing`,
      [licence],
    ),
    item(
      'review-current',
      overdue
        ? 'Overdue for re-review: a pharmacist must review it again'
        : 'Re-review not due yet',
      [overdue],
    ),
    item(
      'not-live-yet',
      alreadyLive ? 'Already live: there is nothing new to publish' : 'Not live yet',
      [alreadyLive],
    ),
  ]
}

export type Judgement = {
  /** Every requirement, met or not, in the order the panel shows them. */
  checklist: ChecklistItem[]
  /** Set when the caller's role may not publish (a job has no role to check). */
  roleProblem: string | undefined
  /** What stands between this content and publication, in the gate's order; empty means go. */
  problems: string[]
}

/**
 * The one checklist of a publication: the pinned items when the facts carry a pin, then the base
 * items, and whether the caller's role may publish. Synchronous and pure: the facts were loaded
 * once (loadPublicationFacts).
 */
export const judgePublication = (facts: PublicationFacts): Judgement => {
  const pinGone = facts.pinned && (!facts.pinned.snapshotFound || !facts.pinned.signature)
  const checklist = [
    ...(facts.pinned ? pinnedChecklistItems(facts, facts.pinned) : []),
    ...(facts.base && !pinGone ? baseChecklist(facts.base) : []),
  ]
  const roleProblem =
    facts.caller && !facts.caller.mayPublish
      ? `only ${PUBLISHER_ROLES.join(' or ')} accounts can publish`
      : undefined
  return {
    checklist,
    roleProblem,
    problems: [roleProblem, ...checklist.flatMap((entry) => entry.problems)].filter(
      (problem): problem is string => Boolean(problem),
    ),
  }
}

/**
 * The publish action's answer: the state problem first in the transition table's words (or, for
 * a latest version that is already live, that there is nothing new), then everything else.
 */
export const publishActionProblems = (facts: PublicationFacts): string[] => {
  const { checklist, roleProblem } = judgePublication(facts)
  const wrongState = checklist.find((entry) => entry.requirement === 'approved')?.problems[0]
  const base = facts.base
  const nothingNew =
    base?.state === 'published' && base.live && base.live.readerHash === base.readerHash
      ? `"${base.title}" has no changes since it was published`
      : undefined
  return [
    wrongState ?? nothingNew,
    roleProblem,
    ...checklist
      .filter((entry) => !(wrongState && entry.requirement === 'approved'))
      .flatMap((entry) => entry.problems),
  ].filter((problem): problem is string => Boolean(problem))
}
