import { CONTENT_ROLES, PUBLISHER_ROLES, SIGNER_ROLES, type Role } from '../access/roles'
import { EDITABLE_STATES, type WorkflowState } from './states'

export const WORKFLOW_ACTIONS = [
  'submit',
  'request-changes',
  'sign-off',
  'publish',
  'withdraw',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export type Transition = {
  action: WorkflowAction
  label: string
  /** States of the document's latest version from which the action is allowed. */
  from: readonly WorkflowState[]
  roles: readonly Role[]
  to: WorkflowState
}

/**
 * The medical-review workflow, in one table: endpoints, hooks, GraphQL, the admin UI and the
 * tests all read it. The state is the latest version's: a revision of live content has its own
 * state while the live version keeps serving. Withdraw acts on the live version, whatever
 * revision follows it.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    label: 'Submit for review',
    // From published: a periodic re-review of the live content, with or without changes.
    from: [...EDITABLE_STATES, 'published'],
    roles: CONTENT_ROLES,
    to: 'in_review',
  },
  {
    action: 'request-changes',
    label: 'Request changes',
    from: ['in_review'],
    roles: SIGNER_ROLES,
    to: 'changes_requested',
  },
  {
    action: 'sign-off',
    label: 'Sign off',
    from: ['in_review'],
    roles: SIGNER_ROLES,
    to: 'approved',
  },
  {
    action: 'publish',
    label: 'Publish',
    // From published: a revision of the live version with editorial changes only, which rests
    // on the live version's signature (the gate checks that the signed content is unchanged).
    from: ['approved', 'published'],
    roles: PUBLISHER_ROLES,
    to: 'published',
  },
  {
    action: 'withdraw',
    label: 'Withdraw',
    from: ['published'],
    roles: PUBLISHER_ROLES,
    to: 'withdrawn',
  },
]

export const transitionFor = (action: WorkflowAction): Transition => {
  const transition = TRANSITIONS.find((candidate) => candidate.action === action)
  if (!transition) throw new Error(`No workflow transition for ${action}`)
  return transition
}

/** Who publishes and who signs, as the role helpers in src/access/roles.ts name them. */
export { PUBLISHER_ROLES, SIGNER_ROLES }
