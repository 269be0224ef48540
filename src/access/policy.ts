import type { PayloadRequest } from 'payload'

import type { ReleaseState } from '../releases/states'
import type { WorkflowState } from '../workflow/states'

import { EDITABLE_RELEASE_STATES, PUBLISHABLE_RELEASE_STATES } from '../releases/states'
import { ASSIGNABLE_STATES } from '../workflow/assignment'
import { stateProblem } from '../workflow/stateProblem'
import { transitionFor, type WorkflowAction } from '../workflow/transitions'
import {
  assignedElsewhere,
  assignedToCaller,
  completesPair,
  type FirstSignature,
  inState,
  noOpenThreads,
  notAnAuthor,
  ownDocument,
  takesPartInThread,
} from './conditions'
import {
  CONTENT_ROLES,
  isEditorOrAdmin,
  isPublisher,
  isSigner,
  isStaffUser,
  PUBLISHER_ROLES,
  SIGNER_ROLES,
  userHasRole,
  writesContent,
} from './roles'

/**
 * Who may take every workflow, release and review-thread action, in one table: the action
 * handlers' permission checks, the admin panel's available actions and the publish gate's "who"
 * all ask it. The action names are the routes' (REST, GraphQL, the admin panel).
 */
export const POLICY_ACTIONS = [
  'submit',
  'request-changes',
  'sign-off',
  'publish',
  'withdraw',
  'discard-revision',
  'assign',
  'schedule',
  'cancel-schedule',
  'schedule-withdraw',
  'cancel-schedule-withdraw',
  'release-check',
  'release-add-items',
  'release-remove-item',
  'release-lock',
  'release-cancel',
  'release-publish',
  'thread-resolve',
  'thread-reopen',
  'check-accept',
] as const
export type PolicyAction = (typeof POLICY_ACTIONS)[number]

export type PolicyUser = PayloadRequest['user'] | undefined

/** What the conditions judge by, loaded beforehand (loadPolicyFacts in src/access/allowed.ts); all optional. */
export type PolicyFacts = {
  /** The document's (or release's) name, for refusals. */
  title: string
  /** The latest version's workflow state. */
  state: WorkflowState
  /** The document has a live (published) version. */
  live: boolean
  /** The document is live and its latest version is a newer draft. */
  revisionInProgress: boolean
  /** Creator and recorded contributors: whom the document belongs to for editing. */
  owners: readonly string[]
  /** Everyone who wrote any of the content, from the version history (four eyes). */
  authors: readonly string[]
  assignee: null | string
  /** The assignee's name, for the refusal of another reviewer. */
  assigneeName: string
  openThreads: number
  /** High-risk content in review: the first of its two signatures, waiting for the second. */
  firstSignature: FirstSignature | null
  /** Who opened the review thread. */
  threadAuthor: null | string
  releaseState: ReleaseState
}
export type FactName = keyof PolicyFacts
type Facts = Partial<PolicyFacts>

/**
 * `who`: the caller may not, whatever the document's state (refused with 403). `precondition`: not
 * now, in this state (the action refuses with 409 and its own details; the panel does not offer
 * it). `requirement`: listed among what must hold, in the panel's checklist; the action refuses
 * with 409, but the panel still offers it.
 */
export type ConditionKind = 'precondition' | 'requirement' | 'who'

type Condition = {
  kind: ConditionKind
  needs: readonly FactName[]
  /** The problem in people's words, or undefined when the condition holds. */
  problem: (user: PolicyUser, facts: Facts, rule: Rule) => string | undefined
}

const title = (facts: Facts) => facts.title ?? 'The document'

const CONDITIONS = {
  /** A writer acts only on their own documents; editors and admins on any. */
  ownDocument: {
    kind: 'who',
    needs: ['owners', 'title'],
    problem: (user, facts) =>
      ownDocument(user, facts.owners ?? [])
        ? undefined
        : `"${title(facts)}" belongs to another writer`,
  },
  /** Only the assignee signs an assigned document (the second of two signatures: anyone else). */
  assignedToCaller: {
    kind: 'who',
    needs: ['assignee', 'assigneeName', 'firstSignature', 'title'],
    problem: (user, facts) =>
      assignedToCaller(user, facts.assignee, facts.firstSignature)
        ? undefined
        : assignedElsewhere(title(facts), facts.assigneeName ?? 'another reviewer'),
  },
  /** High-risk content: the second signature by another pharmacist, one of the two a specialist. */
  completesPair: {
    kind: 'who',
    needs: ['firstSignature', 'title'],
    problem: (user, facts) => completesPair(user, facts.firstSignature, title(facts)),
  },
  /** Four eyes: the signer wrote or edited none of the content. */
  notAnAuthor: {
    kind: 'precondition',
    needs: ['authors'],
    problem: (user, facts) => notAnAuthor(user ? String(user.id) : undefined, facts.authors ?? []),
  },
  noOpenThreads: {
    kind: 'requirement',
    needs: ['openThreads'],
    problem: (_user, facts) => noOpenThreads(facts.openThreads ?? 0),
  },
  /** The latest version is in a state the action starts from (the transition table's `from`). */
  inState: {
    kind: 'precondition',
    needs: ['state', 'title'],
    problem: (_user, facts, rule) =>
      rule.from && !inState(facts.state ?? 'draft', rule.from)
        ? stateProblem(
            { workflowState: facts.state ?? 'draft' },
            title(facts),
            rule.from,
            rule.label,
          )
        : undefined,
  },
  live: {
    kind: 'precondition',
    needs: ['live', 'title'],
    problem: (_user, facts) =>
      facts.live
        ? undefined
        : `"${title(facts)}" is not published, so there is nothing to withdraw`,
  },
  revisionInProgress: {
    kind: 'precondition',
    needs: ['revisionInProgress', 'title'],
    problem: (_user, facts) =>
      facts.revisionInProgress
        ? undefined
        : `"${title(facts)}" has no revision in progress: its latest version is the live one`,
  },
  /** A published latest version without a revision on top is the live one: nothing new. */
  somethingToPublish: {
    kind: 'precondition',
    needs: ['state', 'revisionInProgress', 'title'],
    problem: (_user, facts) =>
      facts.state === 'published' && !facts.revisionInProgress
        ? `"${title(facts)}" has no changes since it was published`
        : undefined,
  },
  takesPartInThread: {
    kind: 'who',
    needs: ['threadAuthor', 'owners'],
    problem: (user, facts) =>
      takesPartInThread(user, facts.threadAuthor, facts.owners ?? [])
        ? undefined
        : 'not a reviewer, editor or admin, the comment’s author or one of the document’s authors',
  },
  releaseInState: {
    kind: 'precondition',
    needs: ['releaseState', 'title'],
    problem: (_user, facts, rule) => {
      const state = facts.releaseState ?? 'open'
      return rule.releaseFrom && !rule.releaseFrom.includes(state)
        ? `the release "${title(facts)}" is ${state}; that needs it ${rule.releaseFrom.join(' or ')}`
        : undefined
    },
  },
} satisfies Record<string, Condition>

export type ConditionName = keyof typeof CONDITIONS

type Rule = {
  label: string
  /** Who, by role, in words (the README and refusals). */
  roleWords: string
  role: (user: PolicyUser) => boolean
  conditions: readonly ConditionName[]
  /** States of the latest version the action starts from (the `inState` condition). */
  from?: readonly WorkflowState[]
  releaseFrom?: readonly ReleaseState[]
  loginMessage: string
  /** The 403 when the role does not fit. */
  roleRefusal: (facts: Facts) => string
  /** The 403 when a `who` condition fails, when it is said differently from the role's. */
  refusals?: Partial<Record<ConditionName, (facts: Facts, problem: string) => string>>
}

const WORKFLOW_LOGIN = 'Log in to take workflow actions.'

/** A transition-table action: its label, roles and from-states come from src/workflow/transitions.ts. */
const transitionRule = (
  action: WorkflowAction,
  conditions: readonly ConditionName[],
  rest: Partial<Rule> = {},
): Rule => {
  const transition = transitionFor(action)
  return {
    label: transition.label,
    roleWords: transition.roles.join(' or '),
    role: (user) => userHasRole(user, ...transition.roles),
    conditions,
    from: transition.from,
    loginMessage: WORKFLOW_LOGIN,
    roleRefusal: () =>
      `Only ${transition.roles.join(' or ')} accounts can ${transition.label.toLowerCase()}.`,
    ...rest,
  }
}

const scheduleRule = (
  label: string,
  conditions: readonly ConditionName[],
  from?: WorkflowState[],
) => ({
  label,
  roleWords: PUBLISHER_ROLES.join(' or '),
  role: isPublisher,
  conditions,
  from,
  loginMessage: 'Log in to schedule.',
  roleRefusal: () =>
    `Only ${PUBLISHER_ROLES.join(' or ')} accounts can schedule or cancel a publication or withdrawal.`,
})

const releaseRule = (label: string, releaseFrom?: readonly ReleaseState[]): Rule => ({
  label,
  roleWords: PUBLISHER_ROLES.join(' or '),
  role: isEditorOrAdmin,
  conditions: releaseFrom ? ['releaseInState'] : [],
  releaseFrom,
  loginMessage: 'Log in to manage releases.',
  roleRefusal: () => 'Only editor or admin accounts can manage releases.',
})

const threadRule = (label: string): Rule => ({
  label,
  roleWords: 'staff',
  role: isStaffUser,
  conditions: ['takesPartInThread'],
  loginMessage: 'Log in to resolve or reopen review comments.',
  roleRefusal: () => 'Only staff take part in reviews.',
  refusals: {
    takesPartInThread: () =>
      'Only reviewers, editors, admins, the comment’s author and the document’s authors can resolve or reopen it.',
  },
})

export const POLICY: Readonly<Record<PolicyAction, Rule>> = {
  submit: transitionRule('submit', ['ownDocument', 'inState'], {
    refusals: {
      ownDocument: (facts) =>
        `"${title(facts)}" belongs to another writer; only its author, its contributors, editors and admins can submit it.`,
    },
  }),
  'request-changes': transitionRule('request-changes', ['inState']),
  'sign-off': transitionRule('sign-off', [
    'completesPair',
    'assignedToCaller',
    'inState',
    'notAnAuthor',
    'noOpenThreads',
  ]),
  publish: transitionRule('publish', ['inState', 'somethingToPublish']),
  // Withdraw acts on the live version, whatever revision follows it.
  withdraw: transitionRule('withdraw', ['live'], { from: undefined }),
  'discard-revision': {
    label: 'Discard the revision',
    roleWords: CONTENT_ROLES.join(' or ') + ' (writers: their own documents)',
    role: writesContent,
    conditions: ['ownDocument', 'revisionInProgress'],
    loginMessage: 'Log in to discard a revision.',
    roleRefusal: (facts) =>
      `Only the author of "${title(facts)}", its contributors, editors and admins can discard its revision.`,
    refusals: {
      ownDocument: (facts) =>
        `Only the author of "${title(facts)}", its contributors, editors and admins can discard its revision.`,
    },
  },
  assign: {
    label: 'Assign a reviewer',
    roleWords: PUBLISHER_ROLES.join(' or '),
    role: isEditorOrAdmin,
    conditions: ['inState'],
    from: ASSIGNABLE_STATES,
    loginMessage: 'Log in to assign reviews.',
    roleRefusal: () => 'Only editors and admins can assign or reassign reviews.',
  },
  schedule: scheduleRule('Schedule the publication', ['inState'], ['approved']),
  'cancel-schedule': scheduleRule('Cancel the scheduled publication', []),
  'schedule-withdraw': scheduleRule('Schedule the withdrawal', ['live']),
  'cancel-schedule-withdraw': scheduleRule('Cancel the scheduled withdrawal', []),
  'release-check': releaseRule('Check a release'),
  'release-add-items': releaseRule('Add items to a release', EDITABLE_RELEASE_STATES),
  'release-remove-item': releaseRule('Remove an item from a release', EDITABLE_RELEASE_STATES),
  'release-lock': releaseRule('Lock a release', EDITABLE_RELEASE_STATES),
  'release-cancel': releaseRule('Cancel a release', PUBLISHABLE_RELEASE_STATES),
  'release-publish': releaseRule('Publish a release', PUBLISHABLE_RELEASE_STATES),
  'thread-resolve': threadRule('Resolve a review thread'),
  'thread-reopen': threadRule('Reopen a review thread'),
  // Judging a finding harmless is a clinical judgement: the pharmacists', never its author's.
  'check-accept': {
    label: 'Accept an advisory finding',
    roleWords: SIGNER_ROLES.join(' or '),
    role: isSigner,
    conditions: ['notAnAuthor'],
    loginMessage: 'Log in to accept a finding of the pre-review checks.',
    roleRefusal: () =>
      'Only pharmacists (reviewer accounts) accept an advisory finding: it is a clinical judgement.',
  },
}

/**
 * How far to judge. `role`: logged in with a role that may. `who`: also the `who` conditions (what
 * the API refuses with 403). `panel`: also the preconditions (what the admin panel offers). `all`:
 * also the requirements.
 */
export type PolicyScope = 'all' | 'panel' | 'role' | 'who'

const KINDS_IN: Record<PolicyScope, readonly ConditionKind[]> = {
  role: [],
  who: ['who'],
  panel: ['who', 'precondition'],
  all: ['who', 'precondition', 'requirement'],
}

export type Refusal = {
  /** What failed: not logged in, the role, or a named condition. */
  failed: 'login' | 'role' | ConditionName
  kind: 'login' | ConditionKind
  /** The refusal in people's words (the API's message for login, role and `who`). */
  message: string
}
export type Verdict = ({ allowed: false } & Refusal) | { allowed: true }

/** The facts an action's conditions read, up to `scope` (for the loader). */
export const factsNeeded = (action: PolicyAction, scope: PolicyScope = 'panel'): FactName[] => {
  const rule = POLICY[action]
  const needs = rule.conditions
    .filter((name) => KINDS_IN[scope].includes(CONDITIONS[name].kind))
    .flatMap((name) => CONDITIONS[name].needs)
  return [...new Set<FactName>(['title', ...needs])]
}

export const conditionKind = (name: ConditionName): ConditionKind => CONDITIONS[name].kind

/**
 * The policy's judge, synchronous over facts already loaded: whether `user` may take `action`,
 * and if not, the first thing that stands in the way (login, role, then the conditions in the
 * table's order, up to `scope`).
 */
export const judge = (
  action: PolicyAction,
  user: PolicyUser,
  facts: Facts = {},
  scope: PolicyScope = 'panel',
): Verdict => {
  const rule = POLICY[action]
  if (!user) return { allowed: false, failed: 'login', kind: 'login', message: rule.loginMessage }
  if (!rule.role(user))
    return { allowed: false, failed: 'role', kind: 'who', message: rule.roleRefusal(facts) }
  for (const name of rule.conditions) {
    const condition: Condition = CONDITIONS[name]
    if (!KINDS_IN[scope].includes(condition.kind)) continue
    const problem = condition.problem(user, facts, rule)
    if (!problem) continue
    const refusal = rule.refusals?.[name]
    return {
      allowed: false,
      failed: name,
      kind: condition.kind,
      message: refusal ? refusal(facts, problem) : problem,
    }
  }
  return { allowed: true }
}

/** The actions `user` may take now on one document, in the table's order (the admin panel). */
export const permittedActions = <A extends PolicyAction>(
  actions: readonly A[],
  user: PolicyUser,
  facts: Facts,
  scope: PolicyScope = 'panel',
): A[] => actions.filter((action) => judge(action, user, facts, scope).allowed)
