import { describe, expect, it } from '@jest/globals'

import type { PayloadRequest } from 'payload'

import {
  judge,
  POLICY_ACTIONS,
  type PolicyAction,
  type PolicyFacts,
  type PolicyScope,
} from '../src/access/policy'

/**
 * The policy's judge as a table, without an app: every action × role, and each condition that
 * can stand in the way, with the literal refusal the API sends.
 */
type Who = 'admin' | 'anonymous' | 'consumer' | 'editor' | 'reviewer' | 'writer'
const user = (who: Who, id = `${who}-1`): PayloadRequest['user'] =>
  who === 'anonymous' ? null : ({ id, role: who, collection: 'users' } as never)

const ROLE_TABLE: Record<PolicyAction, Who[]> = {
  submit: ['admin', 'editor', 'writer'],
  'request-changes': ['reviewer'],
  'sign-off': ['reviewer'],
  publish: ['admin', 'editor'],
  withdraw: ['admin', 'editor'],
  'discard-revision': ['admin', 'editor', 'writer'],
  assign: ['admin', 'editor'],
  schedule: ['admin', 'editor'],
  'cancel-schedule': ['admin', 'editor'],
  'schedule-withdraw': ['admin', 'editor'],
  'cancel-schedule-withdraw': ['admin', 'editor'],
  'release-check': ['admin', 'editor'],
  'release-add-items': ['admin', 'editor'],
  'release-remove-item': ['admin', 'editor'],
  'release-lock': ['admin', 'editor'],
  'release-cancel': ['admin', 'editor'],
  'release-publish': ['admin', 'editor'],
  'thread-resolve': ['admin', 'editor', 'reviewer', 'writer'],
  'thread-reopen': ['admin', 'editor', 'reviewer', 'writer'],
  'check-accept': ['reviewer'],
}

const ROLE_REFUSALS: Record<PolicyAction, string> = {
  submit: 'Only writer or editor or admin accounts can submit for review.',
  'request-changes': 'Only reviewer accounts can request changes.',
  'sign-off': 'Only reviewer accounts can sign off.',
  publish: 'Only editor or admin accounts can publish.',
  withdraw: 'Only editor or admin accounts can withdraw.',
  'discard-revision':
    'Only the author of "Baclofen", its contributors, editors and admins can discard its revision.',
  assign: 'Only editors and admins can assign or reassign reviews.',
  schedule: 'Only editor or admin accounts can schedule or cancel a publication or withdrawal.',
  'cancel-schedule':
    'Only editor or admin accounts can schedule or cancel a publication or withdrawal.',
  'schedule-withdraw':
    'Only editor or admin accounts can schedule or cancel a publication or withdrawal.',
  'cancel-schedule-withdraw':
    'Only editor or admin accounts can schedule or cancel a publication or withdrawal.',
  'release-check': 'Only editor or admin accounts can manage releases.',
  'release-add-items': 'Only editor or admin accounts can manage releases.',
  'release-remove-item': 'Only editor or admin accounts can manage releases.',
  'release-lock': 'Only editor or admin accounts can manage releases.',
  'release-cancel': 'Only editor or admin accounts can manage releases.',
  'release-publish': 'Only editor or admin accounts can manage releases.',
  'thread-resolve': 'Only staff take part in reviews.',
  'thread-reopen': 'Only staff take part in reviews.',
  'check-accept':
    'Only pharmacists (reviewer accounts) accept an advisory finding: it is a clinical judgement.',
}

const LOGIN: Record<PolicyAction, string> = {
  submit: 'Log in to take workflow actions.',
  'request-changes': 'Log in to take workflow actions.',
  'sign-off': 'Log in to take workflow actions.',
  publish: 'Log in to take workflow actions.',
  withdraw: 'Log in to take workflow actions.',
  'discard-revision': 'Log in to discard a revision.',
  assign: 'Log in to assign reviews.',
  schedule: 'Log in to schedule.',
  'cancel-schedule': 'Log in to schedule.',
  'schedule-withdraw': 'Log in to schedule.',
  'cancel-schedule-withdraw': 'Log in to schedule.',
  'release-check': 'Log in to manage releases.',
  'release-add-items': 'Log in to manage releases.',
  'release-remove-item': 'Log in to manage releases.',
  'release-lock': 'Log in to manage releases.',
  'release-cancel': 'Log in to manage releases.',
  'release-publish': 'Log in to manage releases.',
  'thread-resolve': 'Log in to resolve or reopen review comments.',
  'thread-reopen': 'Log in to resolve or reopen review comments.',
  'check-accept': 'Log in to accept a finding of the pre-review checks.',
}

const ROLES: Who[] = ['admin', 'editor', 'reviewer', 'writer', 'consumer']

describe('policy: who, by role', () => {
  it('covers every action the policy names', () => {
    expect(Object.keys(ROLE_TABLE).sort()).toEqual([...POLICY_ACTIONS].sort())
  })

  const cases = POLICY_ACTIONS.flatMap((action) =>
    ROLES.map((who) => [action, who, ROLE_TABLE[action].includes(who)] as const),
  )
  it.each(cases)('%s by %s: allowed %s (role)', (action, who, expected) => {
    const verdict = judge(action, user(who), { title: 'Baclofen' }, 'role')
    expect(verdict).toEqual(
      expected
        ? { allowed: true }
        : { allowed: false, failed: 'role', kind: 'who', message: ROLE_REFUSALS[action] },
    )
  })

  it.each(POLICY_ACTIONS.map((action) => [action]))('%s needs a login', (action) => {
    expect(judge(action, user('anonymous'), {}, 'all')).toEqual({
      allowed: false,
      failed: 'login',
      kind: 'login',
      message: LOGIN[action],
    })
  })
})

type Case = [
  PolicyAction,
  Who,
  Partial<PolicyFacts>,
  PolicyScope,
  true | { failed: string; kind: string; message: string },
]

const doc = (facts: Partial<PolicyFacts>): Partial<PolicyFacts> => ({
  title: 'Baclofen',
  state: 'draft',
  live: false,
  revisionInProgress: false,
  owners: ['writer-1'],
  authors: ['writer-1'],
  assignee: null,
  openThreads: 0,
  ...facts,
})

const notYours = {
  failed: 'ownDocument',
  kind: 'who',
  message:
    '"Baclofen" belongs to another writer; only its author, its contributors, editors and admins can submit it.',
}

const CONDITION_CASES: Case[] = [
  // submit: writer ownership, then the state
  ['submit', 'writer', doc({}), 'panel', true],
  ['submit', 'writer', doc({ owners: ['writer-2'] }), 'who', notYours],
  ['submit', 'writer', doc({ owners: ['writer-2'] }), 'panel', notYours],
  ['submit', 'editor', doc({ owners: ['writer-2'] }), 'panel', true],
  ['submit', 'admin', doc({ owners: [] }), 'panel', true],
  ['submit', 'writer', doc({ state: 'changes_requested' }), 'panel', true],
  ['submit', 'writer', doc({ state: 'published', live: true }), 'panel', true],
  ['submit', 'writer', doc({ state: 'in_review' }), 'who', true],
  [
    'submit',
    'writer',
    doc({ state: 'in_review' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message:
        '"Baclofen" is in review; "Submit for review" needs it draft or changes requested or published',
    },
  ],
  // request-changes: the state only
  ['request-changes', 'reviewer', doc({ state: 'in_review' }), 'panel', true],
  [
    'request-changes',
    'reviewer',
    doc({ state: 'approved' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message: '"Baclofen" is approved; "Request changes" needs it in review',
    },
  ],
  // sign-off: the assignee (403), the state, four eyes, open threads (a requirement)
  ['sign-off', 'reviewer', doc({ state: 'in_review' }), 'panel', true],
  ['sign-off', 'reviewer', doc({ state: 'in_review', assignee: 'reviewer-1' }), 'panel', true],
  [
    'sign-off',
    'reviewer',
    doc({ state: 'in_review', assignee: 'reviewer-2', assigneeName: 'Sam Second' }),
    'who',
    {
      failed: 'assignedToCaller',
      kind: 'who',
      message:
        '"Baclofen" is assigned to Sam Second; only they can sign it off (an editor can reassign it)',
    },
  ],
  ['sign-off', 'reviewer', doc({ state: 'in_review', authors: ['reviewer-1'] }), 'who', true],
  [
    'sign-off',
    'reviewer',
    doc({ state: 'in_review', authors: ['writer-1', 'reviewer-1'] }),
    'panel',
    {
      failed: 'notAnAuthor',
      kind: 'precondition',
      message: 'you wrote or edited this content; a different pharmacist must sign it off',
    },
  ],
  [
    'sign-off',
    'reviewer',
    doc({ state: 'in_review', authors: [] }),
    'panel',
    {
      failed: 'notAnAuthor',
      kind: 'precondition',
      message:
        'nobody is recorded as its author, so a signature cannot show it was checked by someone else',
    },
  ],
  ['sign-off', 'reviewer', doc({ state: 'in_review', openThreads: 2 }), 'panel', true],
  [
    'sign-off',
    'reviewer',
    doc({ state: 'in_review', openThreads: 2 }),
    'all',
    {
      failed: 'noOpenThreads',
      kind: 'requirement',
      message: 'open review comments: 2; resolve them first',
    },
  ],
  [
    'sign-off',
    'reviewer',
    doc({ state: 'approved' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message: '"Baclofen" is approved; "Sign off" needs it in review',
    },
  ],
  // publish: approved, or a revision of live content
  ['publish', 'editor', doc({ state: 'approved' }), 'panel', true],
  [
    'publish',
    'editor',
    doc({ state: 'published', live: true, revisionInProgress: true }),
    'panel',
    true,
  ],
  [
    'publish',
    'admin',
    doc({ state: 'published', live: true }),
    'panel',
    {
      failed: 'somethingToPublish',
      kind: 'precondition',
      message: '"Baclofen" has no changes since it was published',
    },
  ],
  [
    'publish',
    'editor',
    doc({ state: 'withdrawn' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message: 'it was withdrawn; submit it for a new review before publishing it again',
    },
  ],
  ['publish', 'editor', doc({ state: 'draft' }), 'who', true],
  // withdraw: the live version, whatever the latest state
  ['withdraw', 'editor', doc({ state: 'in_review', live: true }), 'panel', true],
  [
    'withdraw',
    'editor',
    doc({ state: 'approved' }),
    'panel',
    {
      failed: 'live',
      kind: 'precondition',
      message: '"Baclofen" is not published, so there is nothing to withdraw',
    },
  ],
  // discard-revision: writer ownership, then a revision to discard
  ['discard-revision', 'writer', doc({ live: true, revisionInProgress: true }), 'panel', true],
  [
    'discard-revision',
    'writer',
    doc({ owners: ['writer-2'], live: true, revisionInProgress: true }),
    'who',
    {
      failed: 'ownDocument',
      kind: 'who',
      message:
        'Only the author of "Baclofen", its contributors, editors and admins can discard its revision.',
    },
  ],
  [
    'discard-revision',
    'editor',
    doc({ owners: ['writer-2'], live: true, revisionInProgress: true }),
    'panel',
    true,
  ],
  [
    'discard-revision',
    'writer',
    doc({ state: 'published', live: true }),
    'panel',
    {
      failed: 'revisionInProgress',
      kind: 'precondition',
      message: '"Baclofen" has no revision in progress: its latest version is the live one',
    },
  ],
  // assign: between submission and sign-off
  ['assign', 'editor', doc({ state: 'in_review' }), 'panel', true],
  ['assign', 'admin', doc({ state: 'changes_requested' }), 'panel', true],
  [
    'assign',
    'editor',
    doc({ state: 'approved' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message:
        '"Baclofen" is approved; "Assign a reviewer" needs it in review or changes requested',
    },
  ],
  // schedules
  ['schedule', 'editor', doc({ state: 'approved' }), 'panel', true],
  [
    'schedule',
    'editor',
    doc({ state: 'in_review' }),
    'panel',
    {
      failed: 'inState',
      kind: 'precondition',
      message: '"Baclofen" is in review; "Schedule the publication" needs it approved',
    },
  ],
  ['schedule-withdraw', 'admin', doc({ state: 'draft', live: true }), 'panel', true],
  [
    'schedule-withdraw',
    'admin',
    doc({ state: 'published', live: false }),
    'panel',
    {
      failed: 'live',
      kind: 'precondition',
      message: '"Baclofen" is not published, so there is nothing to withdraw',
    },
  ],
  ['cancel-schedule', 'editor', doc({}), 'panel', true],
  ['cancel-schedule-withdraw', 'editor', doc({}), 'panel', true],
  // releases: the release's state
  ['release-lock', 'editor', { title: 'May', releaseState: 'open' }, 'panel', true],
  [
    'release-lock',
    'editor',
    { title: 'May', releaseState: 'locked' },
    'panel',
    {
      failed: 'releaseInState',
      kind: 'precondition',
      message: 'the release "May" is locked; that needs it open',
    },
  ],
  ['release-publish', 'admin', { title: 'May', releaseState: 'failed' }, 'panel', true],
  [
    'release-cancel',
    'admin',
    { title: 'May', releaseState: 'published' },
    'panel',
    {
      failed: 'releaseInState',
      kind: 'precondition',
      message: 'the release "May" is published; that needs it open or locked or failed',
    },
  ],
  ['release-check', 'editor', { title: 'May', releaseState: 'cancelled' }, 'panel', true],
  // review threads: review staff, whoever opened it, the document's authors
  ['thread-resolve', 'reviewer', { threadAuthor: 'editor-1' }, 'who', true],
  ['thread-resolve', 'writer', { threadAuthor: 'writer-1' }, 'who', true],
  ['thread-reopen', 'writer', { threadAuthor: 'reviewer-1', owners: ['writer-1'] }, 'who', true],
  [
    'thread-resolve',
    'writer',
    { threadAuthor: 'reviewer-1', owners: ['writer-2'] },
    'who',
    {
      failed: 'takesPartInThread',
      kind: 'who',
      message:
        'Only reviewers, editors, admins, the comment’s author and the document’s authors can resolve or reopen it.',
    },
  ],
]

describe('policy: the named conditions', () => {
  it.each(CONDITION_CASES)(
    '%s by %s, case %#, judged to %s',
    (action, who, facts, scope, expected) => {
      expect(judge(action, user(who), facts, scope)).toEqual(
        expected === true ? { allowed: true } : { allowed: false, ...expected },
      )
    },
  )
})
