import type { StaffRole } from '../../src/access/roles'
import type { WorkflowAction } from '../../src/workflow/transitions'

/**
 * The workflow as the README states it, written out independently of src/workflow/transitions.ts
 * so that a change to the production table (say, letting writers sign off) fails the tests.
 */
export const EXPECTED_TRANSITIONS: Record<WorkflowAction, { allowed: StaffRole[]; to: string }> = {
  submit: { allowed: ['writer', 'editor', 'admin'], to: 'in_review' },
  'request-changes': { allowed: ['reviewer'], to: 'changes_requested' },
  'sign-off': { allowed: ['reviewer'], to: 'approved' },
  publish: { allowed: ['editor', 'admin'], to: 'published' },
  withdraw: { allowed: ['editor', 'admin'], to: 'withdrawn' },
}
