import type { ReviewableDoc } from './documents'

import { stateInWords, type WorkflowState } from './states'

/**
 * Why the document's latest state does not allow `action`, or undefined when it does. Withdrawn
 * content needs a new review: its old sign-off no longer counts, whatever the path.
 */
export const stateProblem = (
  doc: Partial<ReviewableDoc>,
  title: string,
  allowed: readonly WorkflowState[],
  action: string,
): string | undefined => {
  const state = (doc.workflowState ?? 'draft') as WorkflowState
  if (allowed.includes(state)) return undefined
  if (state === 'withdrawn' && action === 'Publish') {
    return 'it was withdrawn; submit it for a new review before publishing it again'
  }
  return `"${title}" is ${stateInWords(state)}; "${action}" needs it ${allowed.map(stateInWords).join(' or ')}`
}
