/**
 * The workflow policy: who may take every workflow, release and review-thread action. Filled in by
 * the policy table below; the action names are the routes' (REST, GraphQL, the admin panel).
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
] as const
export type PolicyAction = (typeof POLICY_ACTIONS)[number]
