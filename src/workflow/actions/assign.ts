import type { ActionInput, ActionResult } from './types'

import { requireRoleFor } from '../../access/allowed'
import { UnmetRequirementsError } from '../../errors'
import { notify } from '../../notifications/notify'
import { describeIn } from '../../shared/describe'
import { parseInput } from '../../validation/parseInput'
import { assignmentSchema, mayAssignIn, personName, requireAssignable } from '../assignment'
import { recordAudit } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import type { WorkflowState } from '../states'
import { writeWorkflowFields } from './writeWorkflowFields'

export const assignBodySchema = assignmentSchema.required({ assignee: true })

/**
 * Editors and admins (re)assign a review to a pharmacist, with an optional due date; the new
 * assignee is told, and only they may sign it off.
 */
export const assign = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRoleFor(req, 'assign')
  const body = parseInput(assignBodySchema, input.body)
  const doc = await findLatest(req, collection, id)
  const state = (doc.workflowState ?? 'draft') as WorkflowState
  if (!mayAssignIn(doc)) {
    throw new UnmetRequirementsError('Cannot assign a reviewer', [
      `"${describeIn(req, collection, doc)}" is not waiting for review; assign a reviewer when it is submitted`,
    ])
  }
  const assignee = await requireAssignable(req, collection, doc, body.assignee)
  const fields = { assignee: assignee.id, ...(body.dueAt ? { dueAt: body.dueAt } : {}) }
  await writeWorkflowFields(input, fields, { draft: true })
  await recordAudit(req, {
    action: 'assign',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    comment: `Assigned to ${personName(assignee)}`,
    details: { assignee: String(assignee.id), dueAt: body.dueAt ?? doc.dueAt ?? null },
  })
  const updated = await findLatest(req, collection, id)
  await notify(req, {
    event: 'assigned',
    collection,
    doc: updated,
    recipients: [String(assignee.id)],
    detail: updated.dueAt ? `(review due by ${String(updated.dueAt).slice(0, 10)})` : undefined,
  })
  return { collection, id, state, message: `Assigned to ${personName(assignee)}.` }
}
