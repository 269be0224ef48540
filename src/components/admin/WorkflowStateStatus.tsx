'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { stateInWords } from '../../workflow/states'

/**
 * The document header's status in the review panel's words ("in review", "changes requested"),
 * instead of Payload's draft/published/changed, and whether a published version is live.
 */
export const WorkflowStateStatus = () => {
  const { savedDocumentData, hasPublishedDoc } = useDocumentInfo()
  const state = String(savedDocumentData?.workflowState ?? 'draft')
  const live =
    state === 'published' ? 'live' : hasPublishedDoc ? 'the published version is live' : null
  return (
    <div className="status" data-testid="header-workflow-state">
      <div className="status__value-wrapper">
        <span className="status__label">Review:</span>&nbsp;
        <span className="status__value">{stateInWords(state)}</span>
        {live ? <span className="status__live"> · {live}</span> : null}
      </div>
    </div>
  )
}
