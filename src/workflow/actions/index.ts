import type { WorkflowAction } from '../transitions'
import type { ActionInput, ActionResult } from './types'

import { publish } from './publish'
import { requestChanges } from './requestChanges'
import { signOff } from './signOff'
import { submit } from './submit'
import { withdraw } from './withdraw'

export const WORKFLOW_ACTION_HANDLERS: Record<
  WorkflowAction,
  (input: ActionInput) => Promise<ActionResult>
> = {
  submit,
  'request-changes': requestChanges,
  'sign-off': signOff,
  publish,
  withdraw,
}
