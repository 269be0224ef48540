import type { ActionInput, ActionResult } from './types'

import { requireRoleFor } from '../../access/allowed'
import { judge } from '../../access/policy'
import { UnmetRequirementsError } from '../../errors'
import { describeIn } from '../../shared/describe'
import { parseInput } from '../../validation/parseInput'
import { assignmentSchema, personName, requireAssignable } from '../assignment'
import { recordAudit } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import { emitWorkflowEvent } from '../events'
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
  const title = describeIn(req, collection, doc)
  // The policy's assign rule (its `inState` condition), in this action's own words.
  if (!judge('assign', req.user, { state, title }).allowed) {
    throw new UnmetRequirementsError('Cannot assign a reviewer', [
      `"${title}" is not waiting for review; assign a reviewer when it is submitted`,
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
  await emitWorkflowEvent(req, {
    name: 'assigned',
    collection,
    doc: updated,
    assignee: String(assignee.id),
  })
  return { collection, id, state, message: `Assigned to ${personName(assignee)}.` }
}
